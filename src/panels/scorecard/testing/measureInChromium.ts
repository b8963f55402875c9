/*
 * Measures the leaderboard's layout in headless Chromium for browser.test.ts, in a process of its
 * own (bundling with esbuild and driving Chromium need Node, not the tests' jsdom):
 *
 *   npx tsx src/panels/scorecard/testing/measureInChromium.ts '<JSON list of page queries>'
 *
 * prints a JSON list of layouts, one per query.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

import { bundlePage } from './bundle';
import { launchChromium } from '../../../testing/chromium';

export type PageQuery = Record<string, string | number | object>;

export interface Layout {
  problems: string[];
  rows: number;
  fullyVisibleRows: number;
  rowHeight: number;
  valueFontSize: number;
  medalHeight: number;
  headers: string[];
  footer: string;
  legend: string;
}

/** Runs in the page. */
function measure(): Layout {
  const TOLERANCE = 1;
  const problems: string[] = [];
  const table = document.querySelector('[role="table"]')!.getBoundingClientRect();
  const headerCells = Array.from(document.querySelectorAll<HTMLElement>('[role="columnheader"]'));
  const headers = headerCells.map((h) => h.getBoundingClientRect());
  const list = document.querySelector('[role="rowgroup"]')!.getBoundingClientRect();
  const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="scorecard-row"]'));
  const entityColumn = headerCells.findIndex((h) => h.textContent === 'Rep');
  headerCells.forEach((cell) => {
    const text = cell.querySelector<HTMLElement>('span');
    if (text && text.scrollWidth > text.clientWidth + TOLERANCE) {
      problems.push(`the header "${cell.textContent}" is cut off`);
    }
  });
  let fullyVisibleRows = 0;
  for (const row of rows) {
    const box = row.getBoundingClientRect();
    const name = row.querySelectorAll('[role="cell"]')[entityColumn]?.textContent ?? '?';
    if (box.top >= list.top - TOLERANCE && box.bottom <= list.bottom + TOLERANCE) {
      fullyVisibleRows++;
    }
    const cells = Array.from(row.querySelectorAll<HTMLElement>('[role="cell"]'));
    if (cells.length !== headers.length) {
      problems.push(`row ${name} has ${cells.length} cells for ${headers.length} headers`);
    }
    cells.forEach((cell, i) => {
      const r = cell.getBoundingClientRect();
      const h = headers[i];
      if (h && (Math.abs(r.left - h.left) > TOLERANCE || Math.abs(r.width - h.width) > TOLERANCE)) {
        problems.push(
          `row ${name}, column ${i}: cell ${r.left}+${r.width} is not under its header ${h.left}+${h.width}`
        );
      }
      if (r.right > table.right + TOLERANCE) {
        problems.push(`row ${name}, column ${i}: leaves the panel (${r.right} > ${table.right})`);
      }
      const header = headerCells[i]?.textContent ?? '';
      // Names may end in an ellipsis; numbers must be shown whole.
      if (i !== entityColumn && !/Trend/.test(header)) {
        // (text for screen readers only is 1 px wide on purpose)
        const shown = Array.from(cell.querySelectorAll<HTMLElement>('span')).filter(
          (s) => s.getBoundingClientRect().width > 1
        );
        for (const text of shown) {
          if (text.scrollWidth > text.clientWidth + TOLERANCE && getComputedStyle(text).overflow === 'hidden') {
            problems.push(`row ${name}, "${header}": "${text.textContent}" is cut off`);
          }
        }
        if (cell.scrollWidth > cell.clientWidth + TOLERANCE) {
          problems.push(`row ${name}, "${header}": content wider than the cell`);
        }
      }
    });
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1].getBoundingClientRect();
    const b = rows[i].getBoundingClientRect();
    if (Math.abs(a.top - b.top) < a.height - TOLERANCE) {
      problems.push(`rows ${i} and ${i + 1} overlap`);
    }
  }
  const legend = document.querySelector<HTMLElement>('[data-testid="scorecard-legend"]');
  if (
    legend &&
    (legend.scrollWidth > legend.clientWidth + TOLERANCE || legend.scrollHeight > legend.clientHeight + TOLERANCE)
  ) {
    problems.push(`the legend "${legend.textContent}" is cut off`);
  }
  const value = Array.from(document.querySelectorAll<HTMLElement>('[role="cell"] span')).find((s) =>
    /\$/.test(s.textContent ?? '')
  );
  const medal = document.querySelector('[data-testid="medal-1"]');
  return {
    problems,
    rows: rows.length,
    fullyVisibleRows,
    rowHeight: rows[0]?.getBoundingClientRect().height ?? 0,
    valueFontSize: value ? parseFloat(getComputedStyle(value).fontSize) : 0,
    medalHeight: medal?.getBoundingClientRect().height ?? 0,
    headers: headerCells.map((h) => h.textContent ?? ''),
    footer: document.querySelector('[data-testid="scorecard-page"]')?.parentElement?.parentElement?.textContent ?? '',
    legend: legend?.textContent ?? '',
  };
}

async function main(queries: PageQuery[]): Promise<Layout[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecard-browser-'));
  const browser = await launchChromium();
  try {
    const url = await bundlePage(path.join(__dirname, 'browserPage.tsx'), dir);
    const layouts: Layout[] = [];
    for (const query of queries) {
      const page = await browser.newPage({
        viewport: { width: Number(query.width) + 20, height: Number(query.height) + 20 },
      });
      const search = new URLSearchParams(
        Object.entries(query).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)])
      );
      await page.goto(`${url}?${search}`);
      await page.waitForSelector('[data-testid="scorecard-row"]');
      layouts.push(await page.evaluate(measure));
      await page.close();
    }
    return layouts;
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(JSON.parse(process.argv[2] ?? '[]'))
    .then((layouts) => process.stdout.write(JSON.stringify(layouts)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
