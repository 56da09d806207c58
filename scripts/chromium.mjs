// Where Chromium is, and how to run it here: shared by the tests, the story tests, the build's
// static images and the benchmark.
import { existsSync } from 'node:fs';

/** Chromium: the user's CHROME_PATH, else Debian's package. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error('No Chromium found: set CHROME_PATH, or install it (apt-get install chromium).');
  }
  return found;
}

// Flags that keep a headless Chromium quiet on a closed network and runnable as root.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
