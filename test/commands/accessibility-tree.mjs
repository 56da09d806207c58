/** AX properties worth passing back: live regions, headings, states of controls, focus. */
const AX_PROPERTIES = new Set([
  'live', 'atomic', 'relevant', 'busy', 'level', 'checked', 'pressed', 'expanded', 'selected',
  'focusable', 'focused', 'disabled', 'invalid', 'readonly', 'required', 'multiline', 'url', 'valuetext',
]);
/** States a screen reader says when off too: "collapsed", "not checked". */
const STATES = new Set(['checked', 'pressed', 'expanded', 'selected']);

/**
 * `accessibility-tree`: the Chromium accessibility tree (what the browser hands to screen readers) of
 * the first element matching `payload.selector` in the light DOM, read through the page's DevTools
 * protocol (`Accessibility.getFullAXTree`). The tree is flat across shadow roots, so a custom
 * element's shadow content is in it. Nodes the browser ignores (aria-hidden, display: none, or mere
 * wrappers) are dropped and their exposed children lifted, as a screen reader sees them; pass
 * `ignored: true` to keep them, marked `ignored`, with their reasons. Inline text boxes are left out.
 *
 * Answers a plain JSON tree, or null when nothing matches the selector. Each node:
 * `{ role, name?, value?, description?, tag?, <property>?, hiddenByAria?, children? }`: `tag` is the DOM
 * element it stands for (absent for text); the properties are the ones in AX_PROPERTIES (`live:
 * 'polite'`, `level: 2`, `expanded: false`); `hiddenByAria: true` marks a node inside an
 * `aria-hidden="true"` element (shadow roots crossed): on an exposed node, that is a leak.
 */
export const accessibilityTree = {
  name: 'accessibility-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'accessibility-tree') return undefined;
    const { selector = 'body', ignored: keepIgnored = false } = payload ?? {};
    const page = session.browser.getPage(session.id);
    const cdp = await page.createCDPSession();
    try {
      // The DOM across shadow roots, to name each node's element and find aria-hidden ancestors.
      const { root: document } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: document.nodeId, selector });
      if (!nodeId) return null;
      const dom = new Map();
      let target;
      const index = (node, parent) => {
        const attributes = node.attributes ?? [];
        const ariaHidden = attributes.some((value, i) => i % 2 === 0 && value === 'aria-hidden' && attributes[i + 1].trim() === 'true');
        dom.set(node.backendNodeId, { parent, tag: node.nodeType === 1 ? node.localName : undefined, ariaHidden });
        if (node.nodeId === nodeId) target = node.backendNodeId;
        for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) index(child, node.backendNodeId);
        if (node.contentDocument) index(node.contentDocument, node.backendNodeId);
      };
      index(document, undefined);
      const insideAriaHidden = (backendId) => {
        for (let id = backendId; id !== undefined; id = dom.get(id)?.parent) if (dom.get(id)?.ariaHidden) return true;
        return false;
      };

      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((ax) => [ax.nodeId, ax]));
      const root = nodes.find((ax) => ax.backendDOMNodeId === target);
      if (!root) return null;

      /** One AX node as JSON, or, when the browser ignores it, the list of its exposed descendants. */
      const convert = (ax) => {
        const role = ax.role?.value ?? '';
        if (role === 'InlineTextBox') return [];
        const children = (ax.childIds ?? []).flatMap((id) => (byId.has(id) ? convert(byId.get(id)) : []));
        if (ax.ignored && !keepIgnored) return children;
        const out = { role };
        if (ax.ignored) {
          out.ignored = true;
          out.ignoredReasons = (ax.ignoredReasons ?? []).map((reason) => reason.name);
        }
        for (const key of ['name', 'value', 'description']) {
          const value = ax[key]?.value;
          if (value !== undefined && value !== '') out[key] = value;
        }
        const tag = dom.get(ax.backendDOMNodeId)?.tag;
        if (tag) out.tag = tag;
        for (const property of ax.properties ?? []) {
          const value = property.value?.value;
          // A state that is off says nothing, except on controls that toggle.
          const off = value === false || value === 'false';
          if (AX_PROPERTIES.has(property.name) && (!off || STATES.has(property.name))) out[property.name] = value;
        }
        if (insideAriaHidden(ax.backendDOMNodeId)) out.hiddenByAria = true;
        if (children.length) out.children = children;
        return [out];
      };
      const tree = convert(root);
      // An ignored root (say, a custom element's host) answers as an ignored node holding what it exposes.
      return root.ignored && !keepIgnored ? { role: 'none', ignored: true, tag: dom.get(target)?.tag, children: tree } : tree[0];
    } finally {
      await cdp.detach().catch(() => {});
    }
  },
};
