/**
 * `emulate-media-features` (any CSS media feature) and `emulate-media-type` (`print`, `screen`),
 * through the page's DevTools protocol: the stock emulateMedia command cannot emulate forced colours
 * or print on this launcher.
 */
export const emulateMedia = {
  name: 'emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features' && command !== 'emulate-media-type') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-media-type') await page.emulateMediaType(payload);
    else await page.emulateMediaFeatures(payload);
    return true;
  },
};
