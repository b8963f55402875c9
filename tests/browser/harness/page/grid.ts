/*
 * Grafana's dashboard grid (DashboardGrid with react-grid-layout): 24 columns, rows of 30 px, 8 px
 * between cells. Free of browser imports: the render benchmark sizes its panels with it in Node.
 */
export const GRID_CELL_HEIGHT = 30;
export const GRID_CELL_VMARGIN = 8;
export const GRID_COLUMN_COUNT = 24;

/** The pixel box of a gridPos in a grid `width` px wide. */
export function gridBox(gridPos: { x: number; y: number; w: number; h: number }, width: number) {
  const columnWidth = (width - GRID_CELL_VMARGIN * (GRID_COLUMN_COUNT - 1)) / GRID_COLUMN_COUNT;
  return {
    left: Math.round(gridPos.x * (columnWidth + GRID_CELL_VMARGIN)),
    top: gridPos.y * (GRID_CELL_HEIGHT + GRID_CELL_VMARGIN),
    width: Math.round(gridPos.w * columnWidth + (gridPos.w - 1) * GRID_CELL_VMARGIN),
    height: gridPos.h * GRID_CELL_HEIGHT + (gridPos.h - 1) * GRID_CELL_VMARGIN,
  };
}
