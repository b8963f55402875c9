/** Conversion and drop-off of each stage, computed from the stage values in funnel order. */
export interface StageMetrics {
  /** value ÷ previous stage's value; null for the first stage or after an empty stage. */
  conversionFromPrevious: number | null;
  /** value ÷ first stage's value; null when the first stage is empty. */
  conversionFromFirst: number | null;
  /** previous stage's value − value (negative when a stage grew); null for the first stage. */
  dropOff: number | null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The same definitions as the data source's funnel frame (docs/frames.md, section funnel). */
export function stageMetrics(values: readonly number[]): StageMetrics[] {
  const first = values[0];
  return values.map((value, index) => {
    if (index === 0) {
      return { conversionFromPrevious: null, conversionFromFirst: ratio(value, first), dropOff: null };
    }
    const previous = values[index - 1];
    return {
      conversionFromPrevious: ratio(value, previous),
      conversionFromFirst: ratio(value, first),
      dropOff: previous - value,
    };
  });
}
