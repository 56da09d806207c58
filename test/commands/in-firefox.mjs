// Privileged script in Firefox's own window, over WebDriver BiDi: how the Firefox versions of the
// custom commands do what Chromium does through the DevTools protocol. Firefox allows it to a BiDi
// client launched with --remote-allow-system-access.

/** The BiDi id of the browser's chrome window, found once per browser. */
const chromeWindows = new WeakMap();

/**
 * Runs `fn` (a function's source, called with the page's BiDi context id and `args`) as privileged
 * script in Firefox's own window, and answers what it returns, through JSON.
 */
export async function inFirefox(page, fn, ...args) {
  const browser = page.browser();
  const connection = browser.connection;
  if (!chromeWindows.has(browser)) {
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    chromeWindows.set(browser, result.contexts[0].context);
  }
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `async (tab, args) => JSON.stringify(await (${fn})(tab, ...JSON.parse(args)) ?? null)`,
    arguments: [{ type: 'string', value: page.mainFrame()._id }, { type: 'string', value: JSON.stringify(args) }],
    target: { context: chromeWindows.get(browser) },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
  return JSON.parse(result.result.value);
}

/** The tab's BrowsingContext, in privileged script. */
export const TAB = `(tab) => ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs')
  .NavigableManager.getBrowsingContextById(tab)`;
