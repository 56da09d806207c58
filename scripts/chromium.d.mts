/** A Chromium-based browser's executable: CHROME_PATH, else an installed Chrome, Chromium or Edge. Throws when there is none. */
export function chromiumPath(): string;
/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs: string[];
/** Features of Chromium's own pages (its omnibox popup) that the benchmark and the tests turn off. */
export const quietFeatures: string[];
/** Launches Chromium through Playwright with `quietFeatures` disabled besides Playwright's own. */
export function launchQuiet(
  browserType: import('playwright-core').BrowserType,
  options: import('playwright-core').LaunchOptions,
): Promise<import('playwright-core').Browser>;
