export interface Grid {
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
}

/**
 * Columns and rows for `count` small multiples in a panel: the arrangement whose cells hold the
 * largest funnel of the preferred aspect ratio (width ÷ height), ties going to fewer empty cells.
 */
export function gridFor(count: number, width: number, height: number, aspect: number): Grid {
  if (count <= 1) {
    return { columns: 1, rows: 1, cellWidth: Math.max(0, width), cellHeight: Math.max(0, height) };
  }
  let best: Grid & { score: number; empty: number } = {
    columns: 1,
    rows: count,
    cellWidth: width,
    cellHeight: height / count,
    score: -1,
    empty: 0,
  };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = width / columns;
    const cellHeight = height / rows;
    // The height of the largest box of the preferred aspect that fits the cell.
    const score = Math.min(cellWidth / aspect, cellHeight);
    const empty = columns * rows - count;
    if (score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && empty < best.empty)) {
      best = { columns, rows, cellWidth, cellHeight, score, empty };
    }
  }
  const { columns, rows, cellWidth, cellHeight } = best;
  return { columns, rows, cellWidth: Math.max(0, cellWidth), cellHeight: Math.max(0, cellHeight) };
}
