// Writes the build's images of each element, with the report's data, in each language, drawn by the
// element itself in headless Chromium and saved with its own toSvg(), the code behind the
// "Download image (SVG)" button:
//   dist/static/<tag>.<lang>.svg  640 px wide: a page shows one inside the element until it upgrades.
//   dist/static/<tag>.<lang>.png  1200 x 630, the size social sites ask of an og:image (they take
//                                 no SVG): the chart fitted whole on white, drawn at the width of
//                                 CARD_WIDTHS that lets it fill the card the most, so a short chart
//                                 is drawn narrow and scaled up rather than left small.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const FALLBACK_WIDTH = 640;
const CARD = { width: 1200, height: 630, margin: 40 };
const CARD_WIDTHS = [560, 720, 880, 1120];
const langs = ['en', 'ru', 'kk'];
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.warn(`static images skipped: ${error.message}`);
  process.exit(0);
}

/** The element's SVG, drawn at `width` CSS pixels on `page`, which has the kit loaded. */
const drawSvg = (page, tag, lang, width) =>
  page.evaluate(
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
    { tag, lang, width },
  );

/** How much `svg` must be scaled to fit inside the card's margins. */
function cardScale(svg) {
  const [, width, height] = svg.match(/^<svg[^>]* width="(\d+)" height="(\d+)"/).map(Number);
  return Math.min((CARD.width - 2 * CARD.margin) / width, (CARD.height - 2 * CARD.margin) / height);
}

/** The element's SVG at the width of CARD_WIDTHS that fills the card the most. */
async function drawCardSvg(page, tag, lang) {
  let best;
  for (const width of CARD_WIDTHS) {
    const svg = await drawSvg(page, tag, lang, width);
    if (!best || cardScale(svg) > cardScale(best)) best = svg;
  }
  return best;
}

/** Shows `svg` alone on `page`, scaled to fit inside the card's margins and centred. */
const showCard = (page, svg) =>
  page.evaluate(
    async ({ svg, scale, card }) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      Object.assign(image.style, { width: `${image.naturalWidth * scale}px`, height: `${image.naturalHeight * scale}px` });
      Object.assign(document.body.style, {
        margin: '0',
        width: `${card.width}px`,
        height: `${card.height}px`,
        display: 'grid',
        placeItems: 'center',
        background: '#ffffff',
      });
      document.body.replaceChildren(image);
    },
    { svg, scale: cardScale(svg), card: CARD },
  );

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: CARD.width, height: CARD.height }, deviceScaleFactor: 1 });
  // Every language built in, so a chart draws in its language at once (no language file to wait for).
  const kitPage = `http://127.0.0.1:${port}/demo/all-languages.html`;
  mkdirSync('dist/static', { recursive: true });
  for (const tag of tags) {
    for (const lang of langs) {
      await page.goto(kitPage);
      writeFileSync(`dist/static/${tag}.${lang}.svg`, await drawSvg(page, tag, lang, FALLBACK_WIDTH));
      await showCard(page, await drawCardSvg(page, tag, lang));
      writeFileSync(`dist/static/${tag}.${lang}.png`, await page.screenshot({ type: 'png' }));
    }
  }
  console.log(`static images: ${tags.length * langs.length} SVGs and ${CARD.width} x ${CARD.height} PNGs in dist/static/`);
} finally {
  await browser.close();
  await server.stop();
}
