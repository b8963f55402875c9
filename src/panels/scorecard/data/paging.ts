/** Page arithmetic for wall-display mode: how many rows fit, how many pages, which page is next. */

export function rowsPerPage(viewHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewHeight / rowHeight));
}

export function pageCount(rowCount: number, perPage: number): number {
  return Math.max(1, Math.ceil(rowCount / perPage));
}

/** Wraps from the last page back to the first, so a TV keeps cycling. */
export function nextPage(page: number, pages: number): number {
  return pages <= 1 ? 0 : (page + 1) % pages;
}

export function previousPage(page: number, pages: number): number {
  return pages <= 1 ? 0 : (page - 1 + pages) % pages;
}

/** The page showing a row; the last row's page when the view reaches the end of the list. */
export function pageOfRow(firstVisibleRow: number, lastVisibleRow: number, rowCount: number, perPage: number): number {
  const pages = pageCount(rowCount, perPage);
  if (lastVisibleRow >= rowCount - 1) {
    return pages - 1;
  }
  return Math.min(pages - 1, Math.floor(firstVisibleRow / perPage));
}

export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), pages - 1);
}
