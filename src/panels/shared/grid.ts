/*
 * The grid of small multiples (gauges, funnels). Each kind says how big a drawing a cell of a given
 * size holds (its "size": the radius of an arc gauge, the height of a bullet or of a funnel) and how
 * tall that drawing is; the grid picks the column count that makes the drawings largest, so that a
 * few are big and many still fill the panel. Below a minimum height it stops shrinking them and scrolls.
 */

export interface GridRequest {
  count: number;
  width: number;
  height: number;
  gap: number;
  /** Fixed column count; 0 chooses. */
  columns: number;
  /** Size of the gauge a cell of this size holds. */
  sizeOf: (cellWidth: number, cellHeight: number) => number;
  /** Height (px) the gauge of a size is drawn at. */
  heightOf: (size: number) => number;
  /** Gauge height below which the grid scrolls instead of shrinking; 0 always fills the panel. */
  minGaugeHeight: number;
}

export interface Grid {
  columns: number;
  rows: number;
  cellWidth: number;
  cellHeight: number;
  /** The size of each gauge (see GridRequest.sizeOf). */
  size: number;
  /** Height of all the rows: more than the panel's when the grid scrolls. */
  contentHeight: number;
  scrolls: boolean;
}

function cellSize(total: number, parts: number, gap: number): number {
  return Math.max(0, (total - gap * (parts - 1)) / parts);
}

function gridWith(request: GridRequest, columns: number, fixedCellHeight?: number): Grid {
  const rows = Math.ceil(request.count / columns);
  const cellWidth = cellSize(request.width, columns, request.gap);
  const cellHeight = fixedCellHeight ?? cellSize(request.height, rows, request.gap);
  const contentHeight = rows * cellHeight + request.gap * (rows - 1);
  return {
    columns,
    rows,
    cellWidth,
    cellHeight,
    size: request.sizeOf(cellWidth, cellHeight),
    contentHeight,
    scrolls: contentHeight > request.height + 0.5,
  };
}

/** Largest gauges; among equals, fewest empty cells, then fewest columns. */
function largest(candidates: Grid[], count: number): Grid {
  const empty = (grid: Grid) => grid.columns * grid.rows - count;
  return candidates.reduce((winner, candidate) => {
    if (Math.abs(candidate.size - winner.size) > 1e-9) {
      return candidate.size > winner.size ? candidate : winner;
    }
    return empty(candidate) < empty(winner) ? candidate : winner;
  });
}

export function gridLayout(request: GridRequest): Grid {
  const count = Math.max(1, request.count);
  const req = { ...request, count };
  const columnChoices =
    request.columns > 0
      ? [Math.min(Math.floor(request.columns), count)]
      : Array.from({ length: count }, (_, i) => i + 1);

  const filling = largest(
    columnChoices.map((columns) => gridWith(req, columns)),
    count
  );
  const minHeight = request.minGaugeHeight;
  if (minHeight <= 0 || request.heightOf(filling.size) >= minHeight - 0.5) {
    return filling;
  }
  // Too many gauges to fill the panel legibly: rows of the minimum height, as many per row as fit.
  const fitting = columnChoices
    .map((columns) => gridWith(req, columns, minHeight))
    .filter((grid) => request.heightOf(grid.size) >= minHeight - 0.5);
  return fitting.length ? fitting[fitting.length - 1] : gridWith(req, columnChoices[0], minHeight);
}
