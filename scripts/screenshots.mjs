// Pictures of every chart as a reader sees it: each element (and <violence-breakdown>'s measured
// view) at 320 px and 1280 px, in English, Russian and Kazakh, drawn by the built kit
// (dist/amelia-report-charts.min.js, languages from dist/lang/) in headless Chromium. Look at them:
// a passing test is not what a reader sees.
//
//   node scripts/screenshots.mjs <dir>              the report's data: <dir>/<name>-<width>-<lang>.png
//   node scripts/screenshots.mjs <dir> --rows 120   the benchmark's made-up data, 120 rows a chart
//   node scripts/screenshots.mjs <dir> --sheets     also <dir>/sheet-<name>-<width>.png: en, ru, kk side by side
//   node scripts/screenshots.mjs <dir> --kit /dist/abA/kit.js   another build of the kit (a path on this server)
//
// Run `npm run build` first. Two runs of one build give byte-identical pictures, so `cmp` tells
// whether a change moved a pixel.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { dataFor } from '../bench/src/data.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at < 0 ? undefined : args[at + 1];
};
const dir = args[0] && !args[0].startsWith('--') ? args[0] : 'screenshots';
const rows = Number(option('rows') ?? 0);
const kit = option('kit') ?? '/dist/amelia-report-charts.min.js';
const sheets = args.includes('--sheets');

const CHARTS = [
  { name: 'hiv-estimate-gap', tag: 'hiv-estimate-gap', shape: 'estimates' },
  { name: 'funding-timeline', tag: 'funding-timeline', shape: 'events' },
  { name: 'violence-breakdown', tag: 'violence-breakdown', shape: 'named' },
  { name: 'violence-breakdown-measured', tag: 'violence-breakdown', shape: 'measured', view: 'measured' },
];
const WIDTHS = [320, 1280];
const LANGS = ['en', 'ru', 'kk'];

const port = await freePort();
const server = await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
mkdirSync(dir, { recursive: true });

try {
  for (const chart of CHARTS) {
    for (const width of WIDTHS) {
      const pictures = [];
      for (const lang of LANGS) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.route(`${origin}/shot.html`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>body{margin:0;padding:8px;font:16px system-ui,sans-serif}</style><script type="module" src="${kit}"></script><body></body></html>`,
          }),
        );
        await page.goto(`${origin}/shot.html`);
        await page.evaluate(
          async ({ tag, view, data }) => {
            await customElements.whenDefined(tag);
            const element = document.createElement(tag);
            if (view) element.setAttribute('view', view);
            const drawn = new Promise((resolve) => {
              element.addEventListener('chart-rendered', resolve, { once: true });
              element.addEventListener('chart-error', resolve, { once: true });
            });
            if (data) element.data = data;
            document.body.append(element);
            await drawn;
            // The language's file arrives after the first drawing: wait until the chart no longer
            // says it is loading.
            for (let i = 0; i < 200 && element.shadowRoot?.querySelector('[part~="lang-note"]'); i++) {
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            await document.fonts.ready;
            await new Promise((resolve) => setTimeout(resolve, 300));
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          },
          { tag: chart.tag, view: chart.view, data: rows ? dataFor(chart.shape, rows) : undefined },
        );
        const file = join(dir, `${chart.name}-${width}-${lang}.png`);
        await page.locator(chart.tag).screenshot({ path: file, animations: 'disabled' });
        if (errors.length) console.warn(`${file}: page errors: ${errors.join('; ')}`);
        pictures.push(file);
        await page.close();
      }
      if (sheets) writeFileSync(join(dir, `sheet-${chart.name}-${width}.png`), PNG.sync.write(sideBySide(pictures)));
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${CHARTS.length * WIDTHS.length * LANGS.length} pictures in ${dir}/`);

/** The pictures in a row, 16 px apart, on white. */
function sideBySide(files) {
  const images = files.map((file) => PNG.sync.read(readFileSync(file)));
  const gap = 16;
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length - 1);
  const height = Math.max(...images.map((image) => image.height));
  const sheet = new PNG({ width, height });
  sheet.data.fill(255);
  let x = 0;
  for (const image of images) {
    PNG.bitblt(image, sheet, 0, 0, image.width, image.height, x, 0);
    x += image.width + gap;
  }
  return sheet;
}

/** A port nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, 'localhost', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}
