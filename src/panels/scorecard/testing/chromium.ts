import fs from 'fs';

/** The Chromium to use: CHROMIUM_PATH, else a system one; undefined when there is none. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate))
  );
}
