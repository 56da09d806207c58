/** A Chromium-based browser's executable: CHROME_PATH, else an installed Chrome, Chromium or Edge. Throws when there is none. */
export function chromiumPath(): string;
/** Flags that keep a headless Chromium quiet on a closed network and runnable as root. */
export const chromiumArgs: string[];
