import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../src/index.js';
import { catchDownloads, openActions, openTable, shadow, type SavedFile } from './helpers.js';

/*
 * Every export works or says why, for every element: the SVG file is well-formed XML whatever its
 * labels hold, the PNG is drawn or refused with a message in the chart's language, and nothing is
 * silently lost.
 */

/** Characters an XML file may not hold, as a label pasted from a spreadsheet can: controls and lone surrogates. */
const NASTY = 'A\u0001B\u0008C\u000bD\u001fE\ud800F\udfffG';

const charts: [tag: string, data: unknown][] = [
  ['hiv-estimate-gap', { title: NASTY, estimates: [{ label: NASTY, value: 5, date: NASTY, source: { title: NASTY, quote: NASTY } }] }],
  ['funding-timeline', { title: NASTY, entries: [{ label: NASTY, date: '2012', source: { title: NASTY, quote: NASTY } }] }],
  ['violence-breakdown', { title: NASTY, rows: [{ form: NASTY, perpetrator: NASTY, source: { title: NASTY, quote: NASTY } }] }],
];

const action = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="actions"] [data-action="${name}"]`)!;

/**
 * The files `act` downloads from `chart`, caught at the link's click (nothing is saved): once one is,
 * or the chart says why none is. The first export of a page waits for its code (a chunk).
 */
async function downloads(win: Window & typeof globalThis, chart: Element, act: () => void): Promise<SavedFile[]> {
  const { files, release } = catchDownloads(win);
  try {
    act();
    const said = () => chart.shadowRoot!.querySelector('[part="export-error"]');
    await waitUntil(() => files.length || said(), 'nothing downloaded, and no message', { timeout: 4000 });
  } finally {
    release();
  }
  return files;
}

async function drawn(tag: string, data: unknown, lang = 'en', style = 'width: 500px'): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${style}></div>`);
  const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
  el.data = data;
  const settled = new Promise((resolve) => el.addEventListener('chart-rendered', resolve, { once: true }));
  host.append(el);
  await settled;
  // The actions opened, as a reader reaches a button; the table never is: exports read the data, not its DOM.
  await openActions(el);
  return el;
}

/** `svg`, an SVG file, opened as a document of its own in an iframe, as a browser opens the file. */
async function svgDocument(svg: string): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="border: 0; width: 1300px; height: 3000px"></iframe>`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  await loaded;
  return frame.contentDocument!;
}

/**
 * Checks that `tag`, drawn from the report's data at `width` in a box styled `spacing`, lays its
 * title, summary and sources out in its SVG file, opened on its own, as high as on the page, and
 * the sources within the file.
 */
async function drawnAsOnThePage(tag: string, width: number, spacing: string): Promise<void> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; ${spacing}"></div>`);
  const el = document.createElement(tag) as HTMLElement & { toSvg(): Promise<string> };
  const settled = new Promise((resolve) => el.addEventListener('chart-rendered', resolve, { once: true }));
  host.append(el);
  await settled;
  const svg = await el.toSvg();
  const file = await svgDocument(svg);
  const height = (root: ParentNode, part: string) => root.querySelector(`[part="${part}"]`)!.getBoundingClientRect().height;
  for (const part of ['title', 'summary', 'sources']) {
    expect(height(file, part), `${part} at ${width}px`).to.be.closeTo(height(shadow(el), part), 0.5);
  }
  const sources = file.querySelector('[part="sources"]')!.getBoundingClientRect();
  expect(sources.bottom, `the sources within the file's ${width}px`).to.be.at.most(Number(svg.match(/ height="(\d+)"/)![1]) + 0.5);
}

describe('exports', () => {
  for (const [tag, data] of charts) {
    describe(`<${tag}>`, () => {
      it('writes a well-formed SVG file when labels hold control characters and lone surrogates', async () => {
        const el = await drawn(tag, data);
        const [file] = await downloads(window, el, () => action(el, 'svg').click());
        const text = await file.blob.text();
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        expect(doc.querySelector('parsererror'), 'the SVG is not well-formed').to.equal(null);
        expect(doc.documentElement.textContent).to.contain('A\ufffdB\ufffdC');
      });

      it('writes the same SVG file for the same chart: no comment, so none of Lit\'s markers, numbered afresh on each page', async () => {
        const el = await drawn(tag, data);
        expect(el.shadowRoot!.innerHTML, 'the chart holds Lit\'s markers').to.contain('<!--');
        const [file] = await downloads(window, el, () => action(el, 'svg').click());
        const text = await file.blob.text();
        expect(text).to.match(/^<svg /);
        expect(text).not.to.contain('<!--');
        expect(await (el as HTMLElement & { toSvg(): Promise<string> }).toSvg()).to.equal(text);
      });

      it('sizes the SVG file to what it shows: an open table or the actions add no blank space', async () => {
        const el = await drawn(tag, data);
        const height = async () => {
          const [file] = await downloads(window, el, () => action(el, 'svg').click());
          return Number(new DOMParser().parseFromString(await file.blob.text(), 'image/svg+xml').documentElement.getAttribute('height'));
        };
        const withActions = await height();
        const frame = shadow(el).querySelector('.frame')!;
        const controls = shadow(el).querySelector('.controls')!;
        // What the file shows ends where the disclosures' line begins.
        expect(withActions).to.be.at.most(Math.ceil(controls.getBoundingClientRect().top - frame.getBoundingClientRect().top) + 1);
        await openTable(el as HTMLElement & { updateComplete: Promise<boolean> });
        expect(await height(), 'with the table open').to.equal(withActions);
      });

      it('carries the chart’s font into the SVG file, where the shadow root’s :host rules match nothing', async () => {
        const el = await drawn(tag, data, 'en', 'width: 500px');
        el.style.setProperty('--amelia-font-family', 'Georgia, serif');
        const [file] = await downloads(window, el, () => action(el, 'svg').click());
        expect(await file.blob.text()).to.match(/\.amelia-export \{[^}]*font-family: Georgia, serif;/);
      });

      const pages: [name: string, spacing: string, rootSize: string][] = [
        ['', '', ''],
        [', with --amelia-line-height: 2', '--amelia-line-height: 2', ''],
        // The chart's text is 0.875rem, and the page's root size is not the file's.
        [', on a page whose root font size is 20px', '', '20px'],
      ];
      for (const [name, spacing, rootSize] of pages) {
        it(`lays its text out in the SVG file as on the page, every line as high, so nothing is cut off (the sources last)${name}`, async () => {
          document.documentElement.style.fontSize = rootSize;
          try {
            // The report's data, with its sources and quotes, at a phone's width and a desktop's.
            for (const width of [320, 720]) await drawnAsOnThePage(tag, width, spacing);
          } finally {
            document.documentElement.style.removeProperty('font-size');
          }
        });
      }

      it('draws a PNG of the same chart, lone surrogates and all', async () => {
        const el = await drawn(tag, data);
        const [file] = await downloads(window, el, () => action(el, 'png').click());
        expect(file?.blob.type, 'no PNG was made').to.equal('image/png');
        const bitmap = await createImageBitmap(file.blob);
        expect(bitmap.width).to.be.greaterThan(100);
        expect(shadow(el).querySelector('[part="export-error"]')).to.equal(null);
      });

      it('says in the chart’s language why a chart too tall for a canvas gets no PNG', async () => {
        const el = await drawn(tag, data, 'ru', 'width: 500px; --amelia-padding: 20000px 0');
        const files = await downloads(window, el, () => action(el, 'png').click());
        expect(files).to.have.length(0);
        await waitUntil(() => shadow(el).querySelector('[part="export-error"]'), 'no message');
        expect(shadow(el).querySelector('[part="export-error"]')!.textContent).to.equal(
          'Диаграмма слишком большая для PNG. Скачайте изображение SVG.',
        );
      });
    });
  }

  /**
   * A page in an iframe (`src`, or `srcdoc` when `page` is markup), with its first <hiv-estimate-gap>
   * drawn and its actions open, and the policy violations it reports.
   */
  async function framed(page: { src: string } | { srcdoc: string }) {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    Object.assign(frame, page);
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const chart = () => win.document.querySelector('hiv-estimate-gap')!;
    await waitUntil(() => chart()?.shadowRoot?.querySelector('[part="actions"]'), 'the page did not draw');
    await openActions(chart() as HTMLElement & { updateComplete: Promise<boolean> });
    return { frame, win, chart: chart(), violations };
  }

  it('reads a policy that names img-src twice as browsers do, by the first: a PNG is made where data: images are allowed', async () => {
    const { frame, win, chart, violations } = await framed({
      srcdoc: `<!doctype html><html lang="en"><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="img-src data:; IMG-SRC 'none'">
        <script type="module" src="/dist/amelia-report-charts.min.js"></script>
        <hiv-estimate-gap></hiv-estimate-gap>`,
    });
    const [png] = await downloads(win, chart, () => action(chart, 'png').click());
    expect(png?.name, chart.shadowRoot!.querySelector('[part="export-error"]')?.textContent ?? '').to.equal('hiv-estimate-gap-en.png');
    expect(png.blob.type).to.equal('image/png');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });

  it('under a strict policy, the SVG downloads, the PNG button says what the page must allow, and no violation is logged', async () => {
    const { frame, win, chart, violations } = await framed({ src: '/demo/strict.html' });
    const [svg] = await downloads(win, chart, () => action(chart, 'svg').click());
    expect(svg.name).to.equal('hiv-estimate-gap-en.svg');
    const files = await downloads(win, chart, () => action(chart, 'png').click());
    expect(files).to.have.length(0);
    const message = chart.shadowRoot!.querySelector('[part="export-error"]');
    expect(message?.textContent).to.contain('img-src needs data:');
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});
