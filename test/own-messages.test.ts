import { expect, nextFrame } from '@open-wc/testing';
import { openPage } from './built-pages.js';
import { fixtures } from './contract/fixtures.js';
import { PAYLOADS, URL_PAYLOADS } from './contract/payloads.js';
import { settle } from './helpers.js';

/*
 * Each element's own file carries the messages its code uses, not the other elements' (the build
 * drops the rest: `ownMessages` in rollup.config.mjs). Through the built files of dist/ (run
 * `npm run build` first): an element's file leaves out the words only another element says, and
 * shows, for every input it can be given, the very text the whole kit's file shows; a message
 * dropped by mistake would throw, or show nothing, where the whole kit shows its words.
 */

const WHOLE = '/dist/amelia-report-charts.min.js';

/** English words that only one element says. */
const ownWords: Record<string, string> = {
  'hiv-estimate-gap': 'HIV-positive sex workers in Kazakhstan: official estimate and public data',
  'funding-timeline': 'Sex work, HIV money and the law in Kazakhstan, 2001–2026',
  'violence-breakdown': 'A fear the report records, not an abuse',
};

/** The inputs a chart can be given, each set on a new chart: data, bad data, and a source that fails. */
function inputs(tag: string): Record<string, (chart: HTMLElement) => void> {
  const fixture = fixtures[tag];
  const property = (value: unknown) => (chart: HTMLElement) => Object.assign(chart, { data: value });
  const attribute = (name: string, value: string) => (chart: HTMLElement) => chart.setAttribute(name, value);
  const csv = { 'hiv-estimate-gap': 'estimates.csv', 'funding-timeline': 'timeline.csv', 'violence-breakdown': 'violence-counts.csv' }[tag];
  return {
    'the report': () => {},
    'a partner’s data': property(fixture.json),
    '150 rows': property(fixture.rows(150)),
    'invalid data': property(fixture.invalid),
    ...Object.fromEntries(fixture.sparse.map((sparse, i) => [`sparse data ${i + 1}`, property(sparse)])),
    'hostile text': property(fixture.hostile(PAYLOADS[0], URL_PAYLOADS[0])),
    'NaN': property({ rows: [{ value: Number.NaN }] }),
    'broken JSON': attribute('data', '{"rows": [1, 2'),
    'an object written as text': attribute('data', '[object Object]'),
    'a CSV file': attribute('src', `/test/fixtures/${csv}`),
    'a missing file': attribute('src', '/test/fixtures/no-such-file.json'),
  };
}

/** What a reader can read of `chart` once every disclosure (the data table, the actions, quotes' originals) is open. */
async function readable(chart: HTMLElement): Promise<string> {
  const root = chart.shadowRoot!;
  for (let round = 0; round < 3; round++) {
    root.querySelectorAll('details:not([open]) > summary').forEach((summary) => (summary as HTMLElement).click());
    await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await nextFrame();
  }
  return root.textContent!.replace(/\s+/g, ' ').trim();
}

/** Every input on a chart of `tag` in every view, at `width`, in the page of `file`; what each chart reads. */
async function read(file: string, tag: string, width: number, classic = false): Promise<Record<string, string>> {
  const doc = await openPage(file, '', { classic });
  const texts: Record<string, string> = {};
  const charts: [string, HTMLElement, Promise<Event>][] = [];
  for (const view of fixtures[tag].views) {
    for (const [name, apply] of Object.entries(inputs(tag))) {
      const chart = doc.createElement(tag);
      chart.style.width = `${width}px`;
      if (view) chart.setAttribute('view', view);
      apply(chart);
      charts.push([`${name}${view ? ` (${view})` : ''}`, chart, settle(chart)]);
      doc.body.append(chart);
    }
  }
  for (const [name, chart, settled] of charts) {
    await settled;
    texts[name] = await readable(chart);
  }
  return texts;
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('each element’s file carries its own messages', () => {
  for (const tag of Object.keys(fixtures)) {
    const file = `/dist/${tag}.js`;

    it(`${file} leaves out the words only the other elements say`, async () => {
      const [own, whole] = await Promise.all([file, WHOLE].map(async (path) => (await fetch(path)).text()));
      for (const [other, words] of Object.entries(ownWords)) {
        expect(whole, `${WHOLE}: ${other}`).to.include(words);
        expect(own.includes(words), `${file}: <${other}>'s words`).to.equal(other === tag);
      }
    });

    for (const width of [800, 300]) {
      it(`${file} shows what the whole kit shows, for every input, at ${width} px`, async () => {
        const [own, whole] = [await read(file, tag, width), await read(WHOLE, tag, width)];
        expect(Object.keys(own)).to.have.length.above(10);
        for (const [name, text] of Object.entries(whole)) {
          expect(text, `${name}: the whole kit shows no text`).to.have.length.above(20);
          expect(own[name], name).to.equal(text);
        }
      });
    }
  }
});

/*
 * A one-file build keeps the messages its rendered code still quotes: what only waiting for a chunk
 * needs (`if (ON_DEMAND)`) is gone by then, and with it the words of a chunk that did not load.
 */
describe('the classic script carries the messages it can say', () => {
  const CLASSIC = '/dist/amelia-report-charts.iife.min.js';
  const chunkFailed = ['Part of the chart’s script did not load', 'the CSV reader did not load'];

  it(`${CLASSIC} leaves out the words of a chunk that did not load, which the module file keeps`, async () => {
    const [classic, whole] = await Promise.all([CLASSIC, WHOLE].map(async (path) => (await fetch(path)).text()));
    for (const words of chunkFailed) expect(classic.includes(words), `${CLASSIC}: ${words}`).to.equal(false);
    // (The CSV reader's words come with the module file's parse chunk, the code that says them.)
    expect(whole, WHOLE).to.include(chunkFailed[0]);
  });

  for (const tag of Object.keys(fixtures)) {
    it(`${CLASSIC} shows what the whole kit shows for every input of <${tag}>`, async () => {
      const [classic, whole] = [await read(CLASSIC, tag, 800, true), await read(WHOLE, tag, 800)];
      expect(Object.keys(classic)).to.have.length.above(10);
      for (const [name, text] of Object.entries(whole)) expect(classic[name], name).to.equal(text);
    });
  }
});
