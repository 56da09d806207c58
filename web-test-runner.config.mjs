import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';


/**
 * Responses the tests need that static files cannot give: a server error with an HTML body, a slow
 * response, to race a newer input against a pending one, and a huge one.
 */
function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/test-api/error') {
    context.status = Number(url.searchParams.get('status') ?? 500);
    context.type = 'text/html';
    context.body = '<!doctype html><h1>Internal Server Error</h1><script>window.__executed = true</script>';
    return undefined;
  }
  if (url.pathname === '/test-api/huge') {
    // `mb` megabytes of one letter, streamed; with `length=1` the size is announced in Content-Length.
    const bytes = Number(url.searchParams.get('mb') ?? 11) * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    context.type = 'text/csv';
    if (url.searchParams.get('length') === '1') context.length = bytes;
    context.body = Readable.from((function* () {
      for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
    })());
    return undefined;
  }
  if (url.pathname === '/test-api/slow') {
    const ms = Number(url.searchParams.get('ms') ?? 300);
    return new Promise((resolve) => setTimeout(resolve, ms)).then(() => {
      context.type = url.searchParams.get('type') ?? 'application/json';
      context.body = url.searchParams.get('body') ?? '[]';
    });
  }
  return next();
}

/**
 * `emulate-media-features` (any CSS media feature) and `emulate-media-type` (`print`, `screen`),
 * through the page's DevTools protocol: the stock emulateMedia command cannot emulate forced colours
 * or print on this launcher.
 */
const emulateMediaFeatures = {
  name: 'emulate-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features' && command !== 'emulate-media-type') return undefined;
    const page = session.browser.getPage(session.id);
    if (command === 'emulate-media-type') await page.emulateMediaType(payload);
    else await page.emulateMediaFeatures(payload);
    return true;
  },
};

/**
 * `tap`: a real touch at a point in the page (CSS pixels from the viewport's top-left), through the
 * DevTools protocol, so the page gets `pointerdown`/`pointerup` with `pointerType: 'touch'` as on a
 * phone. The stock `sendMouse` only makes mouse pointers.
 */
const touch = {
  name: 'touch',
  async executeCommand({ command, payload, session }) {
    if (command !== 'tap') return undefined;
    const page = session.browser.getPage(session.id);
    await page.touchscreen.tap(payload.x, payload.y);
    return true;
  },
};

/**
 * `set-default-font-size`: the browser's own "font size" setting (Chrome: Settings, Appearance), in
 * px, through the DevTools protocol; 16 is the default. A page that does not set its root size
 * follows it, and so must the charts' text.
 */
const defaultFontSize = {
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
const accessibilityTree = {
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

/**
 * `browser-commands`: the custom commands above that this browser's config can carry out. Tests that
 * need one the browser lacks are skipped, and say so, rather than failing (test/helpers.ts, `itWith`);
 * here, in Chromium, all of them. The Firefox and WebKit configs answer for themselves.
 */
export const CUSTOM_COMMANDS = ['emulate-media-features', 'emulate-media-type', 'tap', 'set-default-font-size', 'accessibility-tree'];
const browserCommands = (available) => ({
  name: 'browser-commands',
  executeCommand: ({ command }) => (command === 'browser-commands' ? available : undefined),
});

export { browserCommands, touch };

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [testApi],
  // Charts draw in animation frames, which a background tab does not get: one page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), emulateMediaFeatures, touch, defaultFontSize, accessibilityTree, browserCommands(CUSTOM_COMMANDS)],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>amelia-report-charts tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
