/*
 * How the leaderboard looks, checked in a real headless Chromium with real fonts and real layout:
 * every column of every row lines up under its header and stays inside the panel, no number is cut
 * off, and the wall size gives big rows and numerals with a dozen rows per page of a 1080p TV. The
 * page renders the panel live (testing/browserPage.tsx); testing/measureInChromium.ts bundles it,
 * drives Chromium and measures. Skipped, saying so, where no Chromium is installed; set
 * CHROMIUM_PATH to use one elsewhere.
 */
import { execFile } from 'child_process';
import path from 'path';
import { promisify } from 'util';

import { describeInChromium } from '../../testing/chromium';
import type { Layout, PageQuery } from './testing/measureInChromium';

const QUERIES: Record<string, PageQuery> = {
  dashboard: { width: 1200, height: 420 },
  compact: { width: 1200, height: 420, options: { rowSize: 'compact' } },
  narrow: { width: 480, height: 400 },
  wall: { width: 1920, height: 1080, options: { rowSize: 'wall', autoAdvance: 'page' } },
  light: { width: 1400, height: 300, theme: 'light', data: 'small' },
  paced: { width: 1200, height: 300, data: 'paced' },
};

describeInChromium('the leaderboard in headless Chromium', () => {
  const layouts: Record<string, Layout> = {};

  beforeAll(async () => {
    const script = path.join(__dirname, 'testing', 'measureInChromium.ts');
    const tsx = path.resolve(__dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
    const { stdout } = await promisify(execFile)(tsx, [script, JSON.stringify(Object.values(QUERIES))], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const measured = JSON.parse(stdout) as Layout[];
    Object.keys(QUERIES).forEach((name, i) => (layouts[name] = measured[i]));
    // Bundling and five page loads; generous for a busy CI machine.
  }, 300000);

  it('lines every cell up under its header and inside a dashboard-sized panel', () => {
    const result = layouts.dashboard;
    expect(result.problems).toEqual([]);
    expect(result.headers).toHaveLength(10);
    expect(result.rowHeight).toBe(40);
    // Everything fits, so no footer: 420 − 36 px of header leave 9 whole rows of 40 px.
    expect(result.fullyVisibleRows).toBe(9);
  });

  it('shows every header whole at the compact size, sort arrow included', () => {
    const result = layouts.compact;
    expect(result.problems).toEqual([]);
    expect(result.headers[0]).toBe('Rank↑');
  });

  it('keeps numbers whole on a narrow panel by dropping columns', () => {
    const result = layouts.narrow;
    expect(result.problems).toEqual([]);
    expect(result.headers.length).toBeLessThan(10);
    expect(result.headers[0]).toMatch(/^Rank/);
  });

  it('is readable from across the room on a 1080p TV at wall size', () => {
    const result = layouts.wall;
    expect(result.problems).toEqual([]);
    expect(result.rowHeight).toBe(80);
    expect(result.valueFontSize).toBeGreaterThanOrEqual(32);
    expect(result.medalHeight).toBeGreaterThanOrEqual(48);
    // header 56 + footer 52 leave 972 px: 12 whole rows a page
    expect(result.fullyVisibleRows).toBe(12);
    expect(result.footer).toContain('Page 1 / 4');
  });

  it('lays out the light theme and the small fixture the same way', () => {
    const result = layouts.light;
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(5);
  });

  it('shows the legend of pace colours whole, under the rows', () => {
    const result = layouts.paced;
    expect(result.problems).toEqual([]);
    expect(result.legend).toBe('Colours of Bookings show pace: % of target against the 48% of the period gone');
  });
});
