import { TAB, inFirefox } from './in-firefox.mjs';

/** CSS media features Firefox can emulate, as the BrowsingContext properties and values that do it. */
const FEATURES = {
  'prefers-color-scheme': { property: 'prefersColorSchemeOverride', values: ['light', 'dark'] },
  'forced-colors': { property: 'forcedColorsOverride', values: ['active', 'none'] },
  'prefers-reduced-motion': { property: 'prefersReducedMotionOverride', values: ['reduce', 'no-preference'] },
};

export const emulateMedia = {
  name: 'emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features' && command !== 'emulate-media-type') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-media-type') {
      if (![null, undefined, '', 'screen', 'print'].includes(payload)) throw new Error(`emulate-media-type: no "${payload}" media in Firefox`);
      await inFirefox(page, `(tab, medium) => { (${TAB})(tab).mediumOverride = medium; }`, payload ?? '');
      return true;
    }
    const overrides = payload.map(({ name, value }) => {
      const feature = FEATURES[name];
      if (!feature) throw new Error(`emulate-media-features: Firefox cannot emulate "${name}" (only ${Object.keys(FEATURES).join(', ')})`);
      if (value && !feature.values.includes(value)) throw new Error(`emulate-media-features: no "${name}: ${value}" in Firefox`);
      // "none" lifts the override: Firefox then follows this headless system (light, no forced colours, motion).
      return [feature.property, value || 'none'];
    });
    await inFirefox(page, `(tab, overrides) => { const context = (${TAB})(tab); for (const [key, value] of overrides) context[key] = value; }`, overrides);
    return true;
  },
};
