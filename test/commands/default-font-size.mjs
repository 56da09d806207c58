/**
 * `set-default-font-size`: the browser's own "font size" setting (Chrome: Settings, Appearance), in
 * px, through the DevTools protocol; 16 is the default. A page that does not set its root size
 * follows it, and so must the charts' text.
 */
export const defaultFontSize = {
  name: 'default-font-size',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    const client = await page.createCDPSession();
    await client.send('Page.setFontSizes', { fontSizes: { standard: payload.px, fixed: Math.round(payload.px * 0.8125) } });
    await client.detach();
    return true;
  },
};
