/*
 * Pages that load a built file of dist/ (run `npm run build` first), each a blank document in an
 * iframe, as a reader gets it, under a Content-Security-Policy; demo/strict-watch.js records the
 * policy's violations in `__violations`.
 */

/** The strict policy README promises the charts work under. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The strict policy, letting only `file` run and blocking every script beside it, as a missing folder would. */
export const aloneCsp = (file: string) =>
  `default-src 'self'; script-src ${location.origin}/demo/strict-watch.js ${location.origin}${file}; style-src 'self'; require-trusted-types-for 'script'`;

/** An iframe's source for a page of `html`, served from the tests' own origin as a reader's page is (test/commands/test-api.mjs). */
export const servedPage = (html: string) => `/test-api/page?html=${encodeURIComponent(html)}`;

/** A blank page holding `body`, loading `script`; resolves once it has loaded. */
export async function openPage(script: string, body: string, { lang = 'en', csp = STRICT_CSP, classic = false } = {}): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = servedPage(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}">
    <script src="/demo/strict-watch.js"></script>
    <script ${classic ? 'defer' : 'type="module"'} src="${script}"></script></head>
    <body>${body}</body></html>`);
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The paths of the files the page fetched from `folder` (`/lang/`, `/chunks/`). */
export const fetchedFrom = (doc: Document, folder: string): string[] =>
  doc.defaultView!.performance.getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes(folder));

/** The policy violations the page logged. */
export const violations = (doc: Document): string[] => (doc.defaultView as unknown as { __violations: string[] }).__violations;
