/**
 * Screenshot tests: every element, with the report's data, in English, Russian and Kazakh, at 320,
 * 768 and 1280 px, light and dark, compared pixel by pixel with its baseline in
 * test/visual/baseline/<element>/<lang>-<width>-<theme>.png.
 *
 * Run:    npx wtr --config web-test-runner.visual.config.mjs
 * Update: npx wtr --config web-test-runner.visual.config.mjs --update-visual-baseline
 *         (after a change meant to be seen; open the new pictures and look at them before committing).
 * A failed run writes the new picture and a picture of the difference to test/visual/failed/.
 *
 * The pictures are made deterministic: a fixed viewport at a device pixel ratio of 1, no motion,
 * the page's fonts loaded, the mouse away from the chart and no focus in it, and each picture taken
 * only once the chart has stopped drawing. Nothing the reader sees is hidden. The baselines were made
 * with Chromium on Debian, where `system-ui` is DejaVu Sans; a machine with other fonts draws other
 * pixels and needs its own baselines.
 *
 * One page per element, one chart per language, resized and re-themed between pictures: a page
 * load costs more than a redraw.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { html } from 'lit';

export const LANGS = ['en', 'ru', 'kk'] as const;
export const WIDTHS = [320, 768, 1280] as const;
export const THEMES = ['light', 'dark'] as const;

type Chart = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Waits for the chart's next draw, then until it has stayed still for two frames: a draw can change
 * the chart's height, and with it, once, the width the chart is given.
 */
async function drawn(chart: Chart, draws: () => number, before: number): Promise<void> {
  await waitUntil(() => draws() > before, `<${chart.localName}> did not draw`, { timeout: 10000 });
  let seen: number;
  do {
    seen = draws();
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    await chart.updateComplete;
  } while (draws() !== seen);
}

/**
 * One `it` per language; each takes the six pictures of that language. `view` is set as an
 * attribute and names the baselines' folder (`violence-breakdown-measured`).
 */
export function describeShots(tag: string, view?: string): void {
  const folder = view ? `${tag}-${view}` : tag;
  describe(`<${folder}> pictures`, () => {
    before(async () => {
      await setViewport({ width: Math.max(...WIDTHS) + 40, height: 900, deviceScaleFactor: 1 } as Parameters<typeof setViewport>[0]);
      await executeServerCommand('emulate-media-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await resetMouse();
      await document.fonts.ready;
    });

    for (const lang of LANGS) {
      it(`${lang}: ${WIDTHS.join(', ')} px, ${THEMES.join(' and ')}`, async () => {
        let draws = 0;
        const count = () => draws++;
        document.addEventListener('chart-rendered', count);
        try {
          const chart = document.createElement(tag) as Chart;
          chart.lang = lang;
          if (view) chart.setAttribute('view', view);
          for (const theme of THEMES) {
            for (const width of WIDTHS) {
              const before = draws;
              chart.setAttribute('theme', theme);
              chart.style.width = `${width}px`;
              if (!chart.isConnected) await fixture(html`${chart}`);
              await drawn(chart, () => draws, before);
              await document.fonts.ready;
              await visualDiff(chart, `${folder}/${lang}-${width}-${theme}`);
            }
          }
        } finally {
          document.removeEventListener('chart-rendered', count);
        }
      });
    }
  });
}
