/**
 * Competition ranks ("1224"): equal values share the best rank, the next value skips the shared places.
 * `descending` ranks the highest value first. Nulls come last, sharing the rank after every value, as
 * SQL's RANK() OVER (ORDER BY value … NULLS LAST) does.
 */
export function ranksNullsLast(values: ReadonlyArray<number | null>, descending: boolean): number[] {
  const present = values.filter((value): value is number => value !== null);
  return values.map((value) => {
    if (value === null) {
      return present.length + 1;
    }
    return 1 + present.filter((other) => (descending ? other > value : other < value)).length;
  });
}
