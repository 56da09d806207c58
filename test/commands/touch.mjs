/**
 * `tap`: a real touch at a point in the page (CSS pixels from the viewport's top-left), through the
 * DevTools protocol, so the page gets `pointerdown`/`pointerup` with `pointerType: 'touch'` as on a
 * phone. The stock `sendMouse` only makes mouse pointers. Firefox runs it too: puppeteer's touchscreen
 * works over WebDriver BiDi as over DevTools.
 */
export const touch = {
  name: 'touch',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    const page = session.browser.getPage(session.id);
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  },
};
