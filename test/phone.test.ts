/**
 * Every element at phone widths (320, 375 and 414 px), in English, Russian and Kazakh, with the
 * report's data, measured as a reader sees it (issue 14, "Done when"):
 * - no text is cut: no "…" that the data does not hold, no box that hides text it overflows;
 * - every text stays inside the chart's box, and SVG text inside its drawing's width;
 * - no two texts overlap;
 * - the downloads and the citation take one line, and the footer is shorter than the chart.
 * The texts are every text node the reader can see, wherever it is drawn: SVG text by its own
 * geometry, HTML text line by line.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { settle, shadow, textBox } from './helpers.js';

const WIDTHS = [320, 375, 414];
const LANGS = ['en', 'ru', 'kk'] as const;
const CHARTS = [
  { tag: 'hiv-estimate-gap' },
  { tag: 'funding-timeline' },
  { tag: 'violence-breakdown', view: 'report' },
  { tag: 'violence-breakdown', view: 'measured' },
];

/** Boxes that touch, or cross by less than this (sub-pixel rounding), do not overlap. */
const SLACK = 0.5;

interface Piece {
  text: string;
  box: DOMRect;
  /** The `<svg>` an SVG text is drawn in. */
  svg?: SVGSVGElement;
}

const seen = (element: Element) =>
  element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && !element.closest('.visually-hidden');

/**
 * Every text the reader sees: an SVG `<text>` as one box (its lines are its own tspans), an HTML
 * text node as one box per line it takes.
 */
function pieces(chart: HTMLElement): Piece[] {
  const found: Piece[] = [];
  const svgTexts = new Set<SVGTextElement>();
  const walker = document.createTreeWalker(shadow(chart), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent!.trim() || !seen(parent)) continue;
    const svgText = parent.closest('text');
    if (svgText) {
      if (svgTexts.has(svgText)) continue;
      svgTexts.add(svgText);
      found.push({ text: svgText.textContent!.trim(), box: textBox(svgText), svg: svgText.ownerSVGElement! });
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.width > 0 && box.height > 0) found.push({ text: node.textContent!.trim(), box });
    }
  }
  return found;
}

/** Every HTML box the reader sees whose content is wider or taller than the box and is cut off. */
function clippingBoxes(chart: HTMLElement): string[] {
  return [...shadow(chart).querySelectorAll<HTMLElement>('*')]
    .filter((element) => element instanceof HTMLElement && seen(element) && element.textContent!.trim())
    .filter((element) => {
      const style = getComputedStyle(element);
      const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      return (
        (style.textOverflow === 'ellipsis' || clips(style.overflowX)) && element.scrollWidth > element.clientWidth + 1
      ) || (clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1);
    })
    .map((element) => `<${element.localName} class="${element.className}">${element.textContent!.trim().slice(0, 60)}`);
}

const apart = (a: DOMRect, b: DOMRect) =>
  a.right <= b.left + SLACK || b.right <= a.left + SLACK || a.bottom <= b.top + SLACK || b.bottom <= a.top + SLACK;

const round = (box: DOMRect) => `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`;

for (const { tag, view } of CHARTS) {
  describe(`<${tag}${view ? ` view="${view}"` : ''}> at phone widths`, () => {
    for (const width of WIDTHS) {
      for (const lang of LANGS) {
        describe(`${lang}, ${width} px`, () => {
          let chart: HTMLElement;
          // One chart for the five checks: a fixture would be removed after the first.
          before(async () => {
            chart = document.createElement(tag);
            chart.lang = lang;
            chart.style.width = `${width}px`;
            if (view) chart.setAttribute('view', view);
            const drawn = settle(chart);
            document.body.append(chart);
            expect((await drawn).type).to.equal('chart-rendered');
            await document.fonts.ready;
          });
          after(() => chart.remove());

          it('cuts no text with an ellipsis the data does not hold', () => {
            const data = JSON.stringify((chart as HTMLElement & { data: unknown }).data);
            const cut = pieces(chart)
              .filter(({ text }) => text.includes('…'))
              .filter(({ text }) =>
                text
                  .split('…')
                  .slice(0, -1)
                  .some((before) => !data.includes(`${before.split(/\s/).pop()}…`)),
              )
              .map(({ text }) => text);
            expect(cut, 'texts cut with "…"').to.deep.equal([]);
            expect(clippingBoxes(chart), 'boxes that cut their text off').to.deep.equal([]);
          });

          it('keeps every text inside the chart, and SVG text inside its drawing', () => {
            const frame = chart.getBoundingClientRect();
            const outside = pieces(chart)
              .filter(({ box, svg }) => {
                const within = svg?.getBoundingClientRect() ?? frame;
                return (
                  box.left < Math.max(frame.left, within.left) - SLACK ||
                  box.right > Math.min(frame.right, within.right) + SLACK ||
                  box.top < frame.top - SLACK ||
                  box.bottom > frame.bottom + SLACK
                );
              })
              .map(({ text, box }) => `"${text}" at ${round(box)}`);
            expect(outside, `texts outside the chart (${round(frame)})`).to.deep.equal([]);
          });

          it('overlaps no text with another', () => {
            const all = pieces(chart);
            expect(all.length).to.be.greaterThan(5);
            const overlaps: string[] = [];
            for (const [i, a] of all.entries()) {
              for (const b of all.slice(i + 1)) {
                if (!apart(a.box, b.box)) overlaps.push(`"${a.text}" (${round(a.box)}) and "${b.text}" (${round(b.box)})`);
              }
            }
            expect(overlaps, 'texts that overlap').to.deep.equal([]);
          });

          it('writes each figure’s value on one line', () => {
            const broken = [...shadow(chart).querySelectorAll('.value')]
              .filter((value) => seen(value) && value.getClientRects().length > 1)
              .map((value) => value.textContent!.trim());
            expect(broken, 'values split across lines').to.deep.equal([]);
          });

          it('puts the downloads and the citation on one line', () => {
            const actions = shadow(chart).querySelector('[part~="actions"]')!;
            const controls = [...actions.querySelectorAll('button, a, summary')].filter(seen);
            expect(controls.length, 'actions the reader can reach').to.be.greaterThan(0);
            const tops = controls.map((control) => Math.round(control.getBoundingClientRect().top));
            expect(new Set(tops).size, `rows of actions (tops ${tops.join(', ')})`).to.equal(1);
          });

          it('gives the footer (sources and actions) less height than the chart', () => {
            const sources = shadow(chart).querySelector('[part~="sources"]')!.getBoundingClientRect();
            const actions = shadow(chart).querySelector('[part~="actions"]')!.getBoundingClientRect();
            const plot = shadow(chart).querySelector('[part~="plot"]')!.getBoundingClientRect();
            const footer = Math.max(sources.bottom, actions.bottom) - Math.min(sources.top, actions.top);
            expect(Math.round(footer), `footer height; the chart is ${Math.round(plot.height)} px`).to.be.below(plot.height);
          });
        });
      }
    }
  });
}
