import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';


/**
 * Responses the tests need that static files cannot give: a server error with an HTML body, and a
 * slow response, to race a newer input against a pending one.
 */
function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (url.pathname === '/test-api/error') {
    context.status = Number(url.searchParams.get('status') ?? 500);
    context.type = 'text/html';
    context.body = '<!doctype html><h1>Internal Server Error</h1><script>window.__executed = true</script>';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  middleware: [testApi],
  // Charts draw in animation frames, which a background tab does not get: one page at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), emulateMediaFeatures],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"><title>amelia-report-charts tests</title></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
