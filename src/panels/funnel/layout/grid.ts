import { gridLayout } from '../../shared/grid';

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
  const { columns, rows, cellWidth, cellHeight } = gridLayout({
    count,
    width,
    height,
    gap: 0,
    columns: 0,
    // the height of the largest box of the preferred aspect that fits the cell
    sizeOf: (cellWidth, cellHeight) => Math.min(cellWidth / aspect, cellHeight),
    heightOf: (size) => size,
    minGaugeHeight: 0,
  });
  return { columns, rows, cellWidth, cellHeight };
}
