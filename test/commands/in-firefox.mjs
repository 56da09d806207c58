// Privileged script in Firefox's own window, over WebDriver BiDi: how the Firefox versions of the
// custom commands do what Chromium does through the DevTools protocol. Firefox allows it to a BiDi
// client launched with --remote-allow-system-access, from ESR 153 on (`moz:scope` "chrome"). ESR 140's
// BiDi has no chrome scope: there `hasPrivilegedScript` is false, the commands that need it are not
// offered (web-test-runner.firefox.config.mjs), and their tests are reported as skipped.

/** The BiDi id of the browser's chrome window, found once per browser (null: none offered). */
const chromeWindows = new WeakMap();

/** The browser's chrome window, or null where this Firefox's BiDi lists only tabs (ESR 140). */
async function chromeWindow(browser) {
  if (!chromeWindows.has(browser)) {
    const { result } = await browser.connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chrome = result.contexts.find((context) => context.url.startsWith('chrome:'));
    chromeWindows.set(browser, chrome?.context ?? null);
  }
  return chromeWindows.get(browser);
}

/** Whether this Firefox runs privileged script for a BiDi client (ESR 153 and later); asked once per browser. */
export async function hasPrivilegedScript(page) {
  return (await chromeWindow(page.browser())) !== null;
}

/**
 * Runs `fn` (a function's source, called with the page's BiDi context id and `args`) as privileged
 * script in Firefox's own window, and answers what it returns, through JSON.
 */
export async function inFirefox(page, fn, ...args) {
  const browser = page.browser();
  const chrome = await chromeWindow(browser);
  if (chrome === null) throw new Error(`this Firefox (${await browser.version()}) runs no privileged script over BiDi`);
  const { result } = await browser.connection.send('script.callFunction', {
    functionDeclaration: `async (tab, args) => JSON.stringify(await (${fn})(tab, ...JSON.parse(args)) ?? null)`,
    arguments: [{ type: 'string', value: page.mainFrame()._id }, { type: 'string', value: JSON.stringify(args) }],
    target: { context: chrome },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return JSON.parse(result.result.value);
}

/** The tab's BrowsingContext, in privileged script. */
export const TAB = `(tab) => ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs')
  .NavigableManager.getBrowsingContextById(tab)`;
