import { TAB, inFirefox } from './in-firefox.mjs';

/**
 * The reader's default text size. Firefox keeps one per script (Latin, Cyrillic...), where Chrome has
 * one; all are set, as for a reader who reads Russian and Kazakh too. A page reads the preference when
 * it loads: a text zoom there and back makes the open page take it, as a reload would.
 */
export const defaultFontSize = {
  name: 'default-font-size',
  async executeCommand({ command, payload, session }) {
    if (command !== 'set-default-font-size') return undefined;
    const page = session.browser.getPage(session.id);
    await inFirefox(page, `(tab, px) => {
      for (const group of ['x-western', 'x-cyrillic', 'x-unicode']) {
        Services.prefs.setIntPref('font.size.variable.' + group, px);
        Services.prefs.setIntPref('font.size.monospace.' + group, Math.round(px * 0.8125));
      }
      const context = (${TAB})(tab);
      const zoom = context.textZoom;
      context.textZoom = zoom * 1.1;
      context.textZoom = zoom;
    }`, payload.px);
    return true;
  },
};
