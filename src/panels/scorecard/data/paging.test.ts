import { clampPage, nextPage, pageCount, pageOfRow, previousPage, rowsPerPage } from './paging';

describe('paging', () => {
  it('fits whole rows in the view', () => {
    expect(rowsPerPage(364, 40)).toBe(9);
    expect(rowsPerPage(20, 40)).toBe(1);
  });

  it('counts pages, at least one', () => {
    expect(pageCount(2000, 9)).toBe(223);
    expect(pageCount(18, 9)).toBe(2);
    expect(pageCount(0, 9)).toBe(1);
  });

  it('wraps around in both directions', () => {
    expect(nextPage(0, 3)).toBe(1);
    expect(nextPage(2, 3)).toBe(0);
    expect(previousPage(0, 3)).toBe(2);
    expect(nextPage(0, 1)).toBe(0);
  });

  it('reads the page from the rows in view, the last page once the end is in view', () => {
    expect(pageOfRow(0, 8, 45, 10)).toBe(0);
    expect(pageOfRow(20, 29, 45, 10)).toBe(2);
    // 45 rows, 10 per page: the list cannot scroll row 40 to the top; rows 35–44 are the last page.
    expect(pageOfRow(35, 44, 45, 10)).toBe(4);
  });

  it('clamps a page to the pages there are', () => {
    expect(clampPage(7, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
  });
});
