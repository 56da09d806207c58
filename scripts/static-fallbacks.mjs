// Writes dist/static/<tag>.<lang>.svg: each element with the report's data in each language, drawn
// by the element itself in headless Chromium and saved with its own toSvg(), the code behind the
// "Download image (SVG)" button. A page can show one inside the element until the element upgrades.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const WIDTH = 640;
const langs = ['en', 'ru', 'kk'];
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.warn(`static fallbacks skipped: ${error.message}`);
  process.exit(0);
}

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/demo/embed.html`);
  mkdirSync('dist/static', { recursive: true });
  for (const tag of tags) {
    for (const lang of langs) {
      const svg = await page.evaluate(
        ({ tag, lang, width }) =>
          new Promise((resolve, reject) => {
            document.body.replaceChildren();
            const chart = document.createElement(tag);
            chart.setAttribute('lang', lang);
            chart.setAttribute('hide-actions', '');
            chart.style.width = `${width}px`;
            chart.addEventListener('chart-rendered', () => resolve(chart.toSvg()), { once: true });
            chart.addEventListener('chart-error', (event) => reject(new Error(event.detail.message)), { once: true });
            document.body.append(chart);
          }),
        { tag, lang, width: WIDTH },
      );
      writeFileSync(`dist/static/${tag}.${lang}.svg`, svg);
    }
  }
  console.log(`static fallbacks: ${tags.length * langs.length} SVGs in dist/static/`);
} finally {
  await browser.close();
  await server.stop();
}
