/**
 * `collect-garbage`: a full garbage collection in the page, through the DevTools protocol
 * (`HeapProfiler.collectGarbage`), so that a test can tell whether what it let go of is collectable:
 * a `WeakRef` to it is empty afterwards. Answers the JS heap then in use, in bytes (`Runtime.getHeapUsage`),
 * for tests of what a page keeps. Chromium only (the Firefox and WebKit configs do not list it).
 */
export const collectGarbage = {
  name: 'collect-garbage',
  async executeCommand({ command, session }) {
    if (command !== 'collect-garbage') return undefined;
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    } finally {
      await cdp.detach().catch(() => {});
    }
  },
};
