import { TAB, inFirefox } from './in-firefox.mjs';

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
export const accessibilityTree = {
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
export const START_ACCESSIBILITY = `() => {
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
