// The browser tests in Firefox (Debian's firefox-esr, or FIREFOX_PATH): `npm run test:firefox`.
// Everything but the browser and the custom commands comes from web-test-runner.config.mjs.
//
// Firefox is driven by the puppeteer-core that @web/test-runner-chrome already brings, over WebDriver
// BiDi: no browser is downloaded. The Chrome config's custom commands speak the Chrome DevTools
// protocol, which Firefox does not have; here each is done the Firefox way, through privileged
// ("chrome") script in the browser's own window, which Firefox allows a BiDi client launched with
// --remote-allow-system-access:
//   emulate-media-type       the tab's BrowsingContext.mediumOverride (what DevTools' print simulation sets)
//   emulate-media-features   its prefersColorSchemeOverride, forcedColorsOverride, prefersReducedMotionOverride
//   tap                      puppeteer's touchscreen (BiDi input actions, pointerType "touch")
//   set-default-font-size    the font.size.* preferences (Settings, Fonts, Size), for every script
//   accessibility-tree       Firefox's own accessibility tree, through nsIAccessibilityService, in
//                            the JSON and role names of the Chromium command (see READ_TREE)
// A command that Firefox cannot do fails with a message naming it, rather than with a protocol error.
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
// `tap` is the Chrome config's own: puppeteer's touchscreen works over BiDi as over DevTools.
import base, { touch } from './web-test-runner.config.mjs';

/** Firefox: the user's FIREFOX_PATH, else Debian's package. */
function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found: set FIREFOX_PATH, or install it (apt-get install firefox-esr).');
  return found;
}

/** The BiDi id of the browser's chrome window, found once per browser. */
const chromeWindows = new WeakMap();

/**
 * Runs `fn` (a function's source, called with the page's BiDi context id and `args`) as privileged
 * script in Firefox's own window, and answers what it returns, through JSON.
 */
async function inFirefox(page, fn, ...args) {
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
const TAB = `(tab) => ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs')
  .NavigableManager.getBrowsingContextById(tab)`;

/** CSS media features Firefox can emulate, as the BrowsingContext properties and values that do it. */
const FEATURES = {
  'prefers-color-scheme': { property: 'prefersColorSchemeOverride', values: ['light', 'dark'] },
  'forced-colors': { property: 'forcedColorsOverride', values: ['active', 'none'] },
  'prefers-reduced-motion': { property: 'prefersReducedMotionOverride', values: ['reduce', 'no-preference'] },
};

const emulateMedia = {
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

/**
 * The reader's default text size. Firefox keeps one per script (Latin, Cyrillic...), where Chrome has
 * one; all are set, as for a reader who reads Russian and Kazakh too. A page reads the preference when
 * it loads: a text zoom there and back makes the open page take it, as a reload would.
 */
const defaultFontSize = {
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

/**
 * Firefox's roles (nsIAccessibilityService.getStringRole) in the words Chromium's tree uses, which
 * the tests read; a role Firefox took from an ARIA `role` attribute is that role, as in Chromium.
 */
const ROLES = {
  'text leaf': 'StaticText',
  statictext: 'StaticText',
  whitespace: 'StaticText',
  'list item marker': 'ListMarker',
  section: 'generic',
  'text container': 'generic',
  text: 'generic',
  grouping: 'group',
  details: 'group',
  pushbutton: 'button',
  'toggle button': 'button',
  summary: 'DisclosureTriangle',
  graphic: 'image',
  entry: 'textbox',
  'password text': 'textbox',
  checkbutton: 'checkbox',
  radiobutton: 'radio',
  definitionlist: 'DescriptionList',
  label: 'LabelText',
  document: 'RootWebArea',
  'internal frame': 'Iframe',
  statusbar: 'status',
  'content deletion': 'deletion',
  'content insertion': 'insertion',
  'tree table': 'treegrid',
  outline: 'tree',
  outlineitem: 'treeitem',
  'dropdown list': 'combobox',
  editcombobox: 'combobox',
};
/** Roles whose value Chromium reports (Firefox gives links and their text the address as value). */
const VALUED = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'progressbar', 'meter', 'scrollbar']);
/** Roles for which Chromium reports readonly, required and multiline (Firefox marks tables and lists readonly too). */
const EDITABLE = new Set(['textbox', 'searchbox', 'combobox', 'spinbutton', 'slider', 'grid', 'treegrid', 'listbox', 'checkbox', 'radio']);

/**
 * `accessibility-tree`, the web-test-runner.config.mjs command, on Firefox's own accessibility tree
 * (what Firefox hands to NVDA, JAWS, Orca or VoiceOver), read in Firefox's parent process through
 * nsIAccessibilityService, in the same JSON: `{ role, name?, value?, description?, tag?, <property>?,
 * children? }`. Roles are put in Chromium's words (ROLES); the properties come from Firefox's states
 * and object attributes. Differences: `payload.selector` may only be `#id` or `body`; Firefox builds
 * no node for what it ignores (aria-hidden, display: none, plain wrappers), so there is nothing to
 * mark `ignored` or `hiddenByAria` and `ignored: true` changes nothing; text comes as one node per
 * DOM text node, where Chromium joins neighbours. The page is let draw two frames first, and the tree
 * is read until two readings agree, as Firefox sends it from the page's process in batches.
 */
const accessibilityTree = {
  name: 'accessibility-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const { selector = 'body' } = payload ?? {};
    const id = selector === 'body' ? null : /^#([\w-]+)$/.exec(selector)?.[1];
    if (id === undefined) throw new Error(`accessibility-tree: in Firefox the selector must be "#id" or "body", not "${selector}"`);
    const page = session.browser.getPage(session.id);
    let last;
    for (let reading = 0; reading < 10; reading++) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const tree = await inFirefox(page, READ_TREE, id, { ROLES, VALUED: [...VALUED], EDITABLE: [...EDITABLE] });
      if (tree !== null && JSON.stringify(tree) === JSON.stringify(last)) return tree;
      last = tree;
    }
    // Unsettled after ten readings (a live region counting, say): the last one. None at all: null.
    return last ?? null;
  },
};

/** Starts Firefox's accessibility service, kept alive on the window, so it tracks focus from the start. */
const START_ACCESSIBILITY = `() => {
  window.__accessibilityService ??= Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
}`;

/** In privileged script: the tab's tree under the node with DOM id `id` (the document's when null), or null. */
const READ_TREE = `async (tab, id, { ROLES, VALUED, EDITABLE }) => {
  const service = (window.__accessibilityService ??= Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService));
  const S = Ci.nsIAccessibleStates;
  VALUED = new Set(VALUED);
  EDITABLE = new Set(EDITABLE);
  const browser = (${TAB})(tab).top.embedderElement;
  const find = (acc) => {
    if (acc.id === id) return acc;
    for (let child = acc.firstChild; child; child = child.nextSibling) {
      const found = find(child);
      if (found) return found;
    }
    return null;
  };
  // The page's document: the only child of its <browser> element, there once the page's process has sent it.
  let root = null;
  for (let attempt = 0; attempt < 40 && !root; attempt++) {
    const document = service.getAccessibleFor(browser)?.firstChild;
    root = document && (id === null ? document : find(document));
    if (!root) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!root) return null;
  const convert = (acc) => {
    const attributes = {};
    for (const { key, value } of acc.attributes.enumerate()) attributes[key] = value;
    const firefoxRole = service.getStringRole(acc.role);
    const role = attributes['xml-roles']?.split(' ')[0] || (firefoxRole === 'caption' && attributes.tag === 'figcaption' ? 'Figcaption' : ROLES[firefoxRole] ?? firefoxRole);
    const state = {}, extra = {};
    acc.getState(state, extra);
    const has = (bit) => (state.value & bit) !== 0;
    const out = { role };
    if (acc.name) out.name = acc.name;
    if (acc.value && VALUED.has(role)) out.value = acc.value;
    if (acc.description) out.description = acc.description;
    if (attributes.tag) out.tag = attributes.tag;
    if (attributes.live && attributes.live !== 'off') out.live = attributes.live;
    if (attributes.live && attributes.atomic === 'true') out.atomic = true;
    if (attributes.live && attributes.relevant) out.relevant = attributes.relevant;
    if (has(S.STATE_BUSY)) out.busy = true;
    if (attributes.level) out.level = Number(attributes.level);
    else if (role === 'listitem') {
      // Chromium gives every list item its list's depth, 1 at the top; Firefox gives none: count the lists.
      let depth = 0;
      for (let node = acc.parent; node; node = node.parent) if (service.getStringRole(node.role) === 'list') depth++;
      if (depth) out.level = depth;
    }
    if (has(S.STATE_CHECKABLE)) out.checked = has(S.STATE_CHECKED) ? 'true' : has(S.STATE_MIXED) ? 'mixed' : 'false';
    if (role === 'button' && firefoxRole === 'toggle button') out.pressed = has(S.STATE_PRESSED) ? 'true' : has(S.STATE_MIXED) ? 'mixed' : 'false';
    if (has(S.STATE_EXPANDED)) out.expanded = true;
    else if (has(S.STATE_COLLAPSED)) out.expanded = false;
    if (has(S.STATE_SELECTABLE)) out.selected = has(S.STATE_SELECTED);
    if (has(S.STATE_FOCUSABLE)) out.focusable = true;
    if (has(S.STATE_FOCUSED)) out.focused = true;
    if (has(S.STATE_UNAVAILABLE)) out.disabled = true;
    if (has(S.STATE_INVALID)) out.invalid = 'true';
    if (EDITABLE.has(role) && has(S.STATE_READONLY)) out.readonly = true;
    if (EDITABLE.has(role) && has(S.STATE_REQUIRED)) out.required = true;
    if (EDITABLE.has(role) && (extra.value & Ci.nsIAccessibleStates.EXT_STATE_MULTI_LINE) !== 0) out.multiline = true;
    if (role === 'link' && acc.value) out.url = acc.value;
    const children = [];
    for (let child = acc.firstChild; child; child = child.nextSibling) children.push(convert(child));
    if (children.length) out.children = children;
    return out;
  };
  return convert(root);
}`;

const firefoxCommands = [emulateMedia, touch, defaultFontSize, accessibilityTree];
const replaced = new Set(firefoxCommands.map((plugin) => plugin.name));

/** A command of the Chrome config (a plain object) that has no Firefox version here: its failure says why. */
const chromeOnly = (plugin) =>
  Object.hasOwn(plugin, 'executeCommand')
    ? {
        ...plugin,
        async executeCommand(args) {
          try {
            return await plugin.executeCommand(args);
          } catch (error) {
            throw new Error(`${args.command}: a Chrome-only command, not available in Firefox (${error.message})`);
          }
        },
      }
    : plugin;

export default {
  ...base,
  plugins: [...base.plugins.filter((plugin) => !replaced.has(plugin.name)).map(chromeOnly), ...firefoxCommands],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath(),
        headless: true,
        args: ['--remote-allow-system-access'],
      },
      createPage: async ({ context }) => {
        const page = await context.newPage();
        // Over BiDi, puppeteer's mouse.reset() releases the buttons but leaves the pointer where it is;
        // over the DevTools protocol it also moves it to (0, 0), which `resetMouse()` in the tests means.
        // (Moved first: after the release, Firefox takes the pointer to be at (0, 0) already.)
        const reset = page.mouse.reset.bind(page.mouse);
        page.mouse.reset = async () => {
          await page.mouse.move(0, 0);
          await reset();
        };
        await inFirefox(page, START_ACCESSIBILITY);
        return page;
      },
    }),
  ],
};
