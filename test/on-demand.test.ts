import { expect, waitUntil } from '@open-wc/testing';
import { aloneCsp, fetchedFrom, openPage, violations } from './built-pages.js';
import { fixtures } from './contract/fixtures.js';
import { catchDownloads, settle } from './helpers.js';

/*
 * What the script files load on first use, through the built files of dist/ (run `npm run build`
 * first): the module files (the whole kit, each element) leave the code that reads a page's data, the
 * exports, the chart's image (`toSvg()`) and the CSV reader in chunks/ beside them, fetched the first
 * time a chart is given data, a reader asks for an export or a page for an image; the one-file
 * builds (a language's file, the all-language file, the classic script) carry them. A chunk that
 * cannot be loaded (the file uploaded alone to a CMS) costs that one action or that data, with a
 * message, never the report's chart.
 */

/** The chunks the page fetched, as file names without their hash: `export`, `csv`, `d3-dsv`. */
const chunksFetched = (doc: Document) =>
  fetchedFrom(doc, '/chunks/')
    .map((path) => path.split('/').pop()!.replace(/-[\w-]{8}\.js$/, ''))
    .sort();

/** A chart added to `doc`; resolves with it once it has drawn or failed, and the event it sent. */
async function addChart(doc: Document, tag: string, attributes: Record<string, string> = {}) {
  const chart = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) chart.setAttribute(name, value);
  const settled = settle(chart);
  doc.body.append(chart);
  return { chart, event: await Promise.race([settled, timeout(4000)]) };
}

const timeout = (ms: number) => new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`nothing after ${ms} ms`)), ms));

/** Clicks an action of `chart` (opening its disclosure first); returns the names of the files the page saved. */
async function act(chart: Element, action: string, doc: Document): Promise<string[]> {
  const { files, release } = catchDownloads(doc.defaultView as Window & typeof globalThis);
  const root = chart.shadowRoot!;
  root.querySelector<HTMLElement>('details[part="actions"] > summary')!.click();
  await waitUntil(() => root.querySelector(`[data-action="${action}"]`), 'the actions were not drawn');
  // A message from an earlier action goes as this one starts; a new one is this action's.
  const message = () => root.querySelector('[part="export-error"]');
  const earlier = message();
  root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
  try {
    await waitUntil(() => files.length || (message() && message() !== earlier), 'nothing saved and no message', { timeout: 4000 });
  } finally {
    release();
  }
  return files.map((file) => file.name);
}

const exportError = (chart: Element) => chart.shadowRoot!.querySelector('[part="export-error"]')?.textContent?.trim();
const chartError = (chart: Element) => chart.shadowRoot!.querySelector('[part="error"]')?.textContent?.trim();

/**
 * The chunks a page's first data fetches, by element: the JSON, file and field readers and the
 * element's reader, asked for together, and for <violence-breakdown> the measured view, whose code
 * draws its reader's stripes, asked for with them.
 */
const READING_CHUNKS: Record<string, string[]> = {
  'hiv-estimate-gap': ['parse', 'read'],
  'funding-timeline': ['parse', 'read'],
  'violence-breakdown': ['measured', 'parse', 'read'],
};

/** When the page had a chunk (`parse`, `read`, `measured`) in full. */
const timing = (doc: Document, name: string) =>
  doc.defaultView!.performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname.includes(`/chunks/${name}-`)) as PerformanceResourceTiming;

/** What a chart says, in English, when part of its script (a chunk) did not load. */
const SCRIPT_UNAVAILABLE = 'Part of the chart’s script did not load. Reload the page and try again.';

/** The title of <violence-breakdown>'s measured view of the report's data, in English. */
const MEASURED_TITLE = 'Violence against women who sell sex in Kazakhstan: rates measured in surveys';

/** What each element's reader says of the contract's invalid data, in English. */
const READER_SAYS: Record<string, string> = {
  'hiv-estimate-gap': 'The chart data has a problem: row 1: "value" is not a number ("many").',
  'funding-timeline':
    'The chart data has a problem: row 1: "date" is not a date written YYYY, YYYY-MM or YYYY-MM-DD, or a span YYYY/YYYY ("2015-13").',
  'violence-breakdown': 'The chart data has a problem: row 1: a rate is a percentage from 0 to 100 (120).',
};

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('code loaded on first use', () => {
  describe('from beside a module file', () => {
    for (const file of ['/dist/amelia-report-charts.min.js', '/dist/violence-breakdown.js']) {
      it(`${file}: drawing fetches no chunk; the first CSV download fetches the exports and the image's code, once`, async () => {
        const doc = await openPage(file, '');
        const { chart, event } = await addChart(doc, 'violence-breakdown');
        expect(event.type).to.equal('chart-rendered');
        expect(chunksFetched(doc)).to.deep.equal([]);
        expect(await act(chart, 'csv', doc)).to.deep.equal(['violence-breakdown-en.csv']);
        expect(await act(chart, 'svg', doc)).to.deep.equal(['violence-breakdown-en.svg']);
        // The exports import the image's code: it comes with them, not one round trip later.
        expect(chunksFetched(doc)).to.deep.equal(['d3-dsv', 'export', 'svg']);
        expect(violations(doc)).to.deep.equal([]);
      });

      it(`${file}: toSvg() fetches the image's code, once, and gives the chart's image`, async () => {
        const doc = await openPage(file, '');
        const { chart, event } = await addChart(doc, 'violence-breakdown');
        expect(event.type).to.equal('chart-rendered');
        const image = (chart as HTMLElement & { toSvg(): Promise<string> }).toSvg();
        expect(image).to.be.an.instanceOf(doc.defaultView!.Promise);
        const svg = await image;
        expect(svg).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
        expect(svg).to.contain(chart.shadowRoot!.querySelector('.title')!.textContent);
        expect(await (chart as HTMLElement & { toSvg(): Promise<string> }).toSvg()).to.equal(svg);
        expect(chunksFetched(doc)).to.deep.equal(['svg']);
      });
    }

    // The code that reads a page's data, for every element, from the whole kit's file and from its
    // own: the JSON, file and field readers every element's reader imports (parse) and the element's
    // reader (read), asked for together; a second chart of the kind fetches nothing more.
    for (const [tag, { json, invalid }] of Object.entries(fixtures)) {
      for (const file of ['/dist/amelia-report-charts.min.js', `/dist/${tag}.js`]) {
        it(`${file}: <${tag}> given data fetches the code that reads it, once for every chart of the kind`, async () => {
          const doc = await openPage(file, '');
          const report = await addChart(doc, tag);
          expect(report.event.type).to.equal('chart-rendered');
          expect(chunksFetched(doc), 'the report\'s data needs none').to.deep.equal([]);
          // Until the code is here, the chart says it is loading and has no data to give back.
          const loading = doc.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
          loading.setAttribute('data', JSON.stringify(json));
          const settled = settle(loading);
          doc.body.append(loading);
          await loading.updateComplete;
          expect(loading.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Loading the chart data…');
          expect(loading.data).to.equal(undefined);
          expect((await settled).type).to.equal('chart-rendered');
          expect(loading.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
          expect(loading.data).to.not.equal(undefined);
          // The chunks asked for at once: the others before the element's reader arrived (or in the
          // same millisecond, which is all WebKit's clock tells).
          for (const chunk of READING_CHUNKS[tag].filter((name) => name !== 'read')) {
            expect(timing(doc, chunk).startTime, chunk).to.be.at.most(timing(doc, 'read').responseEnd);
          }
          const first = await addChart(doc, tag, { data: JSON.stringify(json) });
          expect(first.event.type).to.equal('chart-rendered');
          expect(first.chart.shadowRoot!.querySelector('.title')!.textContent).to.not.equal(report.chart.shadowRoot!.querySelector('.title')!.textContent);
          expect(chunksFetched(doc)).to.deep.equal(READING_CHUNKS[tag]);
          const second = await addChart(doc, tag, { data: JSON.stringify(invalid) });
          expect(second.event.type).to.equal('chart-error');
          // The reader's words come with it: the English the file leaves out, added by its chunks.
          expect(chartError(second.chart)).to.equal(READER_SAYS[tag]);
          expect(fetchedFrom(doc, '/chunks/')).to.have.length(READING_CHUNKS[tag].length);
          // Once the code is here, a chart of the kind reads its data at once.
          const third = doc.createElement(tag) as HTMLElement & { data?: unknown };
          doc.body.append(third);
          third.data = json;
          expect(third.data).to.not.equal(undefined);
        });
      }
    }

    // A chart given a URL asks for its data, and for a CSV file the CSV reader, while the code that
    // reads it loads: in the same round trip, not one after the other (src/internal/request.ts). The
    // reading code comes half a second late here (test/commands/test-api.mjs), as over a slow network.
    const CSV: Record<string, string> = {
      'hiv-estimate-gap': '/test/fixtures/estimates.csv',
      'funding-timeline': '/test/fixtures/timeline.csv',
      'violence-breakdown': '/test/fixtures/violence-counts.csv',
    };
    for (const [tag, csv] of Object.entries(CSV)) {
      it(`the whole kit's file, its reading code late: <${tag}> given a CSV file's URL asks for it and the CSV reader before that code has arrived`, async () => {
        const doc = await openPage('/test-api/slow-reader/amelia-report-charts.min.js', '');
        const { chart, event } = await addChart(doc, tag, { src: csv });
        expect(event.type, chartError(chart)).to.equal('chart-rendered');
        expect(chunksFetched(doc)).to.deep.equal([...READING_CHUNKS[tag], 'csv', 'd3-dsv'].sort());
        const data = doc.defaultView!.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === csv);
        expect(data, 'asked for once').to.have.length(1);
        expect(data[0].startTime).to.be.below(timing(doc, 'read').responseEnd);
        // And the CSV reader, which the reading code asks for only once the data has come.
        expect(timing(doc, 'csv').startTime).to.be.below(timing(doc, 'read').responseEnd);
        expect(violations(doc)).to.deep.equal([]);
      });
    }

    // The compact drawings of many rows come with the reading code (only a page's data is that large):
    // drawn from the two chunks, with the pointer finding the row under it, and no chunk more.
    for (const [tag, { views, rows }] of Object.entries(fixtures)) {
      for (const file of ['/dist/amelia-report-charts.min.js', `/dist/${tag}.js`]) {
        for (const view of views) {
          it(`${file}: <${tag}${view ? ` view="${view}"` : ''}> given 300 rows draws them compactly, with the reading code`, async () => {
            const doc = await openPage(file, '');
            const { chart, event } = await addChart(doc, tag, { data: JSON.stringify(rows(300)), ...(view ? { view } : {}) });
            expect(event.type).to.equal('chart-rendered');
            const root = chart.shadowRoot!;
            expect(root.querySelector('.compact-note')?.textContent).to.match(/^\d+ .+; every .+ on the keyboard/);
            const drawing = root.querySelector('svg.compact')!;
            expect(drawing.querySelectorAll('path').length).to.be.greaterThan(0);
            expect(chunksFetched(doc)).to.deep.equal(READING_CHUNKS[tag]);
            // The first row, under the pointer: at the right, where the report view's only column is.
            const box = drawing.getBoundingClientRect();
            const at = { clientX: box.left + box.width * 0.75, clientY: box.top + 1, pointerType: 'mouse', bubbles: true, composed: true };
            drawing.querySelector('path')!.dispatchEvent(new (doc.defaultView as typeof window).PointerEvent('pointermove', at));
            await waitUntil(() => root.querySelector('[part="tooltip"]')?.textContent?.trim(), 'nothing under the pointer');
          });
        }
      }
    }

    // The measured view of <violence-breakdown> is a chunk too: a page that shows it fetches it once,
    // and a page of the report's charts, in the report view, never does.
    for (const file of ['/dist/amelia-report-charts.min.js', '/dist/violence-breakdown.js']) {
      it(`${file}: <violence-breakdown view="measured"> fetches the view's code, once, and draws it in its words`, async () => {
        const doc = await openPage(file, '');
        const report = await addChart(doc, 'violence-breakdown');
        expect(report.event.type).to.equal('chart-rendered');
        expect(chunksFetched(doc)).to.deep.equal([]);
        // Switched to the measured view, the chart shows its report view until the view's code is here.
        const view = doc.defaultView as typeof window;
        let changed: number | undefined;
        const observer = new view.MutationObserver(() => (changed ??= view.performance.now()));
        observer.observe(report.chart.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
        const redrawn = settle(report.chart);
        report.chart.setAttribute('view', 'measured');
        expect((await redrawn).type).to.equal('chart-rendered');
        observer.disconnect();
        expect(changed).to.be.at.least(timing(doc, 'measured').responseEnd);
        expect(report.chart.shadowRoot!.querySelectorAll('[part="bar"]').length).to.equal(2);
        // Once here, a new chart draws the view at once, with the view's words from its chunk (the
        // English the file leaves out).
        const { chart, event } = await addChart(doc, 'violence-breakdown', { view: 'measured' });
        expect(event.type).to.equal('chart-rendered');
        const root = chart.shadowRoot!;
        expect(root.querySelector('.title')!.textContent).to.equal(MEASURED_TITLE);
        expect(root.querySelectorAll('[part="bar"]').length).to.equal(2);
        expect(root.querySelectorAll('[part="segment"]').length).to.equal(3);
        expect([...root.querySelectorAll('.sample')].map((sample) => sample.textContent)).to.deep.equal([
          'n = 400, women who sell sex and use drugs, Almaty and Temirtau, 2015–2017',
          'n = 255, Almaty, 2015–2017',
        ]);
        expect(chunksFetched(doc)).to.deep.equal(['measured']);
        expect(fetchedFrom(doc, '/chunks/')).to.have.length(1);
        expect(violations(doc)).to.deep.equal([]);
      });
    }

    it('a chart given CSV fetches the reading code and the CSV reader, and draws it', async () => {
      const doc = await openPage('/dist/amelia-report-charts.min.js', '');
      const { chart, event } = await addChart(doc, 'hiv-estimate-gap', { src: '/test/fixtures/estimates.csv' });
      expect(event.type).to.equal('chart-rendered');
      expect(chart.shadowRoot!.querySelectorAll('[part="bar"]').length).to.be.greaterThan(0);
      expect(chunksFetched(doc)).to.deep.equal(['csv', 'd3-dsv', 'parse', 'read']);
    });
  });

  describe('when the chunks cannot be loaded (the module file uploaded alone)', () => {
    const file = '/dist/amelia-report-charts.min.js';

    it('the chart draws, and an export says in its language that part of the script did not load', async () => {
      const doc = await openPage(file, '', { lang: 'en', csp: aloneCsp(file) });
      const { chart, event } = await addChart(doc, 'funding-timeline');
      expect(event.type).to.equal('chart-rendered');
      expect(chart.shadowRoot!.querySelectorAll('[part~="mark"], .mark').length).to.be.greaterThan(0);
      expect(await act(chart, 'csv', doc)).to.deep.equal([]);
      expect(exportError(chart)).to.equal(SCRIPT_UNAVAILABLE);
      expect(chart.shadowRoot!.querySelector('[part="export-error"]')!.getAttribute('role')).to.equal('alert');
      expect(await act(chart, 'png', doc)).to.deep.equal([]);
      expect(exportError(chart)).to.equal(SCRIPT_UNAVAILABLE);
      // toSvg() needs a chunk too: it says it failed, and the chart stays as it was.
      const failed = await (chart as HTMLElement & { toSvg(): Promise<string> }).toSvg().then(
        () => false,
        () => true,
      );
      expect(failed, 'toSvg() rejects').to.equal(true);
      expect(chart.shadowRoot!.querySelectorAll('[part~="mark"], .mark').length).to.be.greaterThan(0);
    });

    // The code that reads a page's data is a chunk too: without it the chart says so.
    for (const attributes of [{ src: '/test/fixtures/estimates.csv' }, { data: '{ "estimates": [] }' }] as Record<string, string>[]) {
      it(`data given as ${Object.keys(attributes)[0]} gets a load-failed error that says part of the script did not load, not a blank box`, async () => {
        const doc = await openPage(file, '', { csp: aloneCsp(file) });
        const { chart, event } = await addChart(doc, 'hiv-estimate-gap', attributes);
        expect(event.type).to.equal('chart-error');
        expect((event as CustomEvent).detail).to.deep.equal({ reason: 'load-failed', message: SCRIPT_UNAVAILABLE });
        expect(chartError(chart)).to.equal(SCRIPT_UNAVAILABLE);
        expect(chart.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
      });
    }

    // So is the measured view of <violence-breakdown>: the report view still draws.
    it('<violence-breakdown view="measured"> gets a load-failed error that says part of the script did not load; the report view draws', async () => {
      const doc = await openPage(file, '', { csp: aloneCsp(file) });
      const report = await addChart(doc, 'violence-breakdown');
      expect(report.event.type).to.equal('chart-rendered');
      const { chart, event } = await addChart(doc, 'violence-breakdown', { view: 'measured' });
      expect(event.type).to.equal('chart-error');
      expect((event as CustomEvent).detail).to.deep.equal({ reason: 'load-failed', message: SCRIPT_UNAVAILABLE });
      expect(chart.shadowRoot!.querySelector('.title')!.textContent).to.equal(MEASURED_TITLE);
      expect(chartError(chart)).to.equal(SCRIPT_UNAVAILABLE);
      expect(chart.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    });
  });

  describe('one-file builds carry everything', () => {
    const files = [
      { file: '/dist/amelia-report-charts.ru.min.js', lang: 'ru', classic: false },
      { file: '/dist/amelia-report-charts.all.min.js', lang: 'kk', classic: false },
      { file: '/dist/amelia-report-charts.iife.min.js', lang: 'en', classic: true },
    ];
    for (const { file, lang, classic } of files) {
      it(`${file}, alone: a CSV input draws and the CSV downloads, with no chunk fetched`, async () => {
        const doc = await openPage(file, '', { lang, classic, csp: aloneCsp(file) });
        const { chart, event } = await addChart(doc, 'hiv-estimate-gap', { src: '/test/fixtures/estimates.csv' });
        expect(event.type).to.equal('chart-rendered');
        expect(await act(chart, 'csv', doc)).to.deep.equal([`hiv-estimate-gap-${lang}.csv`]);
        expect(chunksFetched(doc)).to.deep.equal([]);
      });

      it(`${file}, alone: toSvg() gives the chart's image, with no chunk fetched`, async () => {
        const doc = await openPage(file, '', { lang, classic, csp: aloneCsp(file) });
        const { chart, event } = await addChart(doc, 'funding-timeline');
        expect(event.type).to.equal('chart-rendered');
        expect(await (chart as HTMLElement & { toSvg(): Promise<string> }).toSvg()).to.match(/^<svg xmlns=/);
        expect(chunksFetched(doc)).to.deep.equal([]);
      });

      it(`${file}, alone: <violence-breakdown view="measured"> draws, with no chunk fetched`, async () => {
        const doc = await openPage(file, '', { lang, classic, csp: aloneCsp(file) });
        const { chart, event } = await addChart(doc, 'violence-breakdown', { view: 'measured' });
        expect(event.type).to.equal('chart-rendered');
        expect(chart.shadowRoot!.querySelectorAll('[part="bar"]').length).to.equal(2);
        expect(chunksFetched(doc)).to.deep.equal([]);
      });

      // The compact drawings, which the module files load with the reading code, are in the file:
      // its build imports them after each element's views (rollup.config.mjs, oneFile).
      it(`${file}, alone: 300 rows of every element draw compactly, with no chunk fetched`, async () => {
        const doc = await openPage(file, '', { lang, classic, csp: aloneCsp(file) });
        for (const [tag, { rows }] of Object.entries(fixtures)) {
          const { chart, event } = await addChart(doc, tag, { data: JSON.stringify(rows(300)) });
          expect(event.type, tag).to.equal('chart-rendered');
          expect(chart.shadowRoot!.querySelectorAll('svg.compact path').length, tag).to.be.greaterThan(0);
        }
        expect(chunksFetched(doc)).to.deep.equal([]);
      });
    }
  });
});
