/*
 * Whether the browser tests can run here. They need Debian's Chromium (or CHROMIUM_PATH) and a built
 * plugin (dist/, or SALESPERF_DIST); without them they report themselves skipped with the reason,
 * unless SALESPERF_REQUIRE_BROWSER is set (as CI sets it), where a missing browser or build fails.
 */
import { harnessUnavailable } from '../harness/harness';

export const browserUnavailable = harnessUnavailable();

/** `describe` when the harness can run, else a skipped suite plus a test named after the reason. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!browserUnavailable) {
    describe(name, body);
    return;
  }
  if (process.env.SALESPERF_REQUIRE_BROWSER) {
    describe(name, () => {
      it('runs in a real browser (SALESPERF_REQUIRE_BROWSER is set)', () => {
        throw new Error(`The browser tests cannot run: ${browserUnavailable}`);
      });
    });
    return;
  }
  console.warn(`${name}: not run: ${browserUnavailable}`);
  describe.skip(`${name} (not run: ${browserUnavailable})`, body);
}
