import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ListImperativeAPI } from 'react-window';

import { clampPage, nextPage, pageCount, pageOfRow, previousPage } from '../data/paging';
import type { AutoAdvance } from '../types';

interface Args {
  mode: AutoAdvance;
  rowCount: number;
  perPage: number;
  /** Timer runs only while true (paging on, more than one page, nobody pausing it). */
  running: boolean;
  intervalMs: number;
  /** Going back to the first page whenever this changes (e.g. the sort). */
  resetKey: string;
  listRef: RefObject<ListImperativeAPI | null>;
}

interface Request {
  page: number;
  /** Row to scroll to in scroll mode; a new request object scrolls even to the same row. */
  row: number;
  basis: string;
}

/**
 * Wall-display paging. `page` mode shows one page of rows at a time; `scroll` mode keeps the whole
 * list and scrolls it a page at a time, reading the page shown back from the rows rendered (so a
 * viewer scrolling by hand moves the indicator too). The timer restarts whenever the page changes,
 * so every page gets its full interval.
 */
export function usePaging({ mode, rowCount, perPage, running, intervalMs, resetKey, listRef }: Args) {
  const pages = pageCount(rowCount, perPage);
  const [request, setRequest] = useState<Request>({ page: 0, row: 0, basis: resetKey });
  const [scrolled, setScrolled] = useState<{ page: number; basis: string }>();
  const requested = request.basis === resetKey ? clampPage(request.page, pages) : 0;
  const page = mode === 'scroll' && scrolled?.basis === resetKey ? clampPage(scrolled.page, pages) : requested;

  const goTo = useCallback(
    (target: number) =>
      setRequest({ page: target, row: Math.max(0, Math.min(target * perPage, rowCount - 1)), basis: resetKey }),
    [perPage, rowCount, resetKey, setRequest]
  );

  useEffect(() => {
    if (!running) {
      return;
    }
    const timer = setTimeout(() => goTo(nextPage(page, pages)), intervalMs);
    return () => clearTimeout(timer);
  }, [running, intervalMs, page, pages, goTo]);

  useEffect(() => {
    if (mode === 'scroll' && request.basis === resetKey && rowCount > 0) {
      listRef.current?.scrollToRow({
        index: Math.min(request.row, rowCount - 1),
        align: 'start',
        behavior: prefersReducedMotion() ? 'instant' : 'smooth',
      });
    }
    // Only a new request scrolls; data refreshes and re-renders must not pull the list back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const onRowsRendered = useCallback(
    (visible: { startIndex: number; stopIndex: number }) => {
      if (mode !== 'scroll') {
        return;
      }
      const shown = pageOfRow(visible.startIndex, visible.stopIndex, rowCount, perPage);
      setScrolled({ page: shown, basis: resetKey });
    },
    [mode, rowCount, perPage, resetKey, setScrolled]
  );

  return {
    page,
    pages,
    onRowsRendered,
    next: () => goTo(nextPage(page, pages)),
    previous: () => goTo(previousPage(page, pages)),
  };
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
