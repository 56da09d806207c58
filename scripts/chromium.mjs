// Where Chromium is, and how to run it here: shared by the tests, the story tests, the framework
// tests, the build's static images and the benchmark.
import { existsSync } from 'node:fs';
import { Launcher } from 'chrome-launcher';
import { getAnyEdgeStable } from 'edge-paths';

/**
 * A Chromium-based browser: the user's CHROME_PATH, else an installed Chrome or Chromium (as
 * Lighthouse finds them on Linux, macOS and Windows), else an installed Edge.
 */
export function chromiumPath() {
  const chosen = process.env.CHROME_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROME_PATH is ${chosen}, which does not exist: point CHROME_PATH at a Chrome, Chromium or Edge executable.`);
    return chosen;
  }
  const found = [installedChrome, installedEdge].map((find) => find()).find(Boolean);
  if (!found) {
    throw new Error(
      'No Chrome, Chromium or Edge found: install one (on Debian or Ubuntu, `apt-get install chromium`), or set CHROME_PATH to its executable.',
    );
  }
  return found;
}

// Both finders throw when they find nothing (or cannot run `which` or `grep`): that is not found.
function installedChrome() {
  try {
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}

function installedEdge() {
  try {
    return getAnyEdgeStable();
  } catch {
    return undefined;
  }
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

/**
 * Chromium's own pages a headless Chromium still builds: each new window's omnibox popup, a WebUI
 * page in a renderer of its own, ran 0.5-1 s of tasks beside every page the benchmark opened on a
 * 2-core machine (traced, 30 Nov 2026), and every timing with it.
 */
export const quietFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

/**
 * Launches Chromium through Playwright with `quietFeatures` disabled besides Playwright's own.
 * Chromium reads only the last `--disable-features` of a command line, and Playwright passes one
 * of its own (Puppeteer, which the tests use, merges the two itself): so a first launch reads
 * Playwright's, and the browser is launched again with the two lists as one.
 *
 * @param {import('playwright-core').BrowserType} browserType
 * @param {import('playwright-core').LaunchOptions} options
 */
export async function launchQuiet(browserType, options) {
  // Chromium tells its command line only to a browser under automation.
  const probe = await browserType.launch({ ...options, args: [...(options.args ?? []), '--enable-automation'] });
  let args;
  try {
    const session = await probe.newBrowserCDPSession();
    ({ arguments: args } = await session.send('Browser.getBrowserCommandLine'));
  } catch (error) {
    // A browser that keeps its command line to itself runs as Playwright launches it, and says so.
    console.warn(`Chromium's own pages stay on (its command line could not be read: ${error.message})`);
    return browserType.launch(options);
  } finally {
    await probe.close();
  }
  const own = args.find((arg) => arg.startsWith('--disable-features='));
  const features = [...(own ? own.slice('--disable-features='.length).split(',') : []), ...quietFeatures];
  return browserType.launch({
    ...options,
    ignoreDefaultArgs: own ? [own] : [],
    args: [...(options.args ?? []), `--disable-features=${features.join(',')}`],
  });
}
