import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import { html } from 'lit';
import type { EstimateDataInput, HivEstimateGap } from '../src/hiv-estimate-gap.js';
import '../src/hiv-estimate-gap.js';
import type { ChartErrorDetail } from '../src/index.js';
import type { ChartTable } from '../src/internal/chart-element.js';
import { citation, tableToCsv } from '../src/internal/export.js';
import { chartToSvg } from '../src/internal/svg.js';
import { csvParseRows } from 'd3-dsv';
import { alertText, exercise, openTable, settle, shadow, textOf } from './helpers.js';
import { PAYLOADS, URL_PAYLOADS } from './contract/payloads.js';

/*
 * Script-like text in every field a person can fill (title, labels, dates, source title, source URL,
 * quote), given through the `data` property, the `data` attribute and a CSV file, must show as text:
 * it never runs (each payload sets window.__hostile) and never creates an element, in the chart, the
 * sources, the data table, the keyboard tooltip or an error message.
 */

declare global {
  interface Window {
    __hostile?: unknown;
  }
}

function hostileData(text: string, url: string): EstimateDataInput {
  return {
    title: text,
    estimates: [
      { label: text, value: 40, kind: 'count', date: text, source: text, source_url: url, quote: text },
      { label: `${text} 2`, value: 150, kind: 'lower-bound', date: text, source: { title: text, url, quote: text } },
    ],
  };
}

const benign = hostileData('Plain text', 'https://example.org/');

let allowedTags: Set<string>;

/** Nothing ran, nothing was created beyond the element's own template, no handler or script URL. */
function expectInert(el: HTMLElement, what: string) {
  expect(window.__hostile, `${what}: a payload ran`).to.equal(undefined);
  const root = shadow(el);
  for (const node of root.querySelectorAll('*')) {
    expect(allowedTags.has(node.localName), `${what}: <${node.localName}> was created`).to.equal(true);
    for (const attribute of node.attributes) {
      expect(attribute.name, `${what}: an on* attribute`).to.not.match(/^on/i);
      if (/^(href|src|xlink:href|action|formaction|data)$/i.test(attribute.name)) {
        expect(attribute.value, `${what}: ${attribute.name}`).to.match(/^https?:\/\//);
      }
    }
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a')) {
    expect(new URL(link.href).protocol, `${what}: link`).to.match(/^https?:$/);
  }
  expect(el.children.length, `${what}: light DOM`).to.equal(0);
  expect(document.querySelector('body > img, body > script:not([type="module"]), body > iframe')).to.equal(null);
}

describe('robustness: hostile strings', () => {
  before(async () => {
    // The tags the element draws for benign data of the same shape, with table and tooltip open.
    const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap style="width: 500px"></hiv-estimate-gap>`);
    const drawn = settle(el);
    el.data = benign;
    await drawn;
    await exercise(el);
    allowedTags = new Set([...shadow(el).querySelectorAll('*')].map((node) => node.localName));
    // Sanity: the baseline has the parts a payload could hide in.
    for (const tag of ['figcaption', 'a', 'blockquote', 'table', 'svg', 'rect']) expect(allowedTags).to.include(tag);
    expect(allowedTags.has('img')).to.equal(false);
  });

  beforeEach(() => {
    delete window.__hostile;
  });

  it('through a CSV file (src): every column hostile', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
    el.src = '/test/fixtures/hostile.csv';
    const drawn = settle(el);
    host.append(el);
    expect((await drawn).type).to.equal('chart-rendered');
    await exercise(el);
    expectInert(el, 'hostile.csv');
    expect(textOf(el, '.row .label')).to.deep.equal([
      `<img src=x onerror="window.__hostile='csv-label'">`,
      `"><svg onload=window.__hostile='csv-break'>`,
    ]);
    expect(textOf(el, 'blockquote')[0]).to.contain(`<img src=x onerror=window.__hostile='csv-quote'>`);
    expect(shadow(el).querySelector('[part="sources"] a') === null).to.equal(true);
  });

  it('in exports: the SVG file holds payloads as text, the CSV never starts a cell with a formula', async () => {
    const formulas = ['=HYPERLINK("http://evil.example","x")', '+cmd|/c calc!A1', '-2+3+cmd|/c calc', '@SUM(1+1)*cmd', '\t=1+1', '\r=1+1'];
    const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap style="width: 500px"></hiv-estimate-gap>`);
    // Each payload's CSV file, read after the loop: a table this small is written in the call's own
    // task, and reading the file waits for one, which would let the page render between opening the
    // table and the next payload (WebKit reported a ResizeObserver loop once in CI with that wait).
    const files: [payload: string, file: Promise<Blob>][] = [];
    for (const payload of [...PAYLOADS, ...formulas]) {
      const drawn = settle(el);
      el.data = hostileData(payload, URL_PAYLOADS[0]);
      await drawn;
      await openTable(el);
      // The image: parsed as the standalone file it is saved as.
      const svg = chartToSvg(el, shadow(el).querySelector<HTMLElement>('.frame')!);
      const file = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(file.querySelector('parsererror') === null, `${payload}: the SVG file does not parse`).to.equal(true);
      const tags = [...file.querySelectorAll('*')].map((node) => node.localName);
      for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'image', 'use', 'animate', 'set', 'math']) {
        expect(tags.includes(tag), `${payload}: <${tag}> in the SVG file`).to.equal(false);
      }
      expect(tags.filter((tag) => tag === 'style')).to.have.length(1);
      for (const node of file.querySelectorAll('*')) {
        for (const attribute of node.attributes) expect(attribute.name, payload).to.not.match(/^on/i);
      }
      expect(file.documentElement.textContent).to.contain(payload.replace(/\r/g, '').trim().slice(0, 20));
      // The data: every cell read back by a spreadsheet is text, never a formula.
      const table = (el as unknown as { table(data: unknown, lang: string): ChartTable }).table(el.data, 'en');
      files.push([payload, tableToCsv(table, 'en')]);
      expect(citation(payload, [{ title: payload, url: 'https://example.org/' }], 'en', new Date(0))).to.be.a('string');
      expectInert(el, payload);
    }
    for (const [payload, file] of files) {
      for (const cell of csvParseRows(await (await file).text()).flat()) {
        expect(cell, `${payload}: a cell a spreadsheet would run`).to.not.match(/^[=+\-@\t\r]/);
      }
    }
  });

  it('a hostile lang attribute is read as English, never as markup', async () => {
    const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap style="width: 500px"></hiv-estimate-gap>`);
    const drawn = settle(el);
    el.setAttribute('lang', `"><img src=x onerror="window.__hostile='lang'">`);
    el.data = benign;
    await drawn;
    await exercise(el);
    expectInert(el, 'lang');
    expect(el.language).to.equal('en');
  });

  it('arbitrary strings mixed with payloads, in every field (property-based)', async () => {
    const el = await fixture<HivEstimateGap>(html`<hiv-estimate-gap style="width: 500px"></hiv-estimate-gap>`);
    const piece = fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('<', '>', '"', "'", '&lt;', '&#x3C;', '`'));
    const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')).filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(text, fc.oneof(fc.constantFrom(...URL_PAYLOADS), fc.webUrl(), text), async (value, url) => {
        delete window.__hostile;
        const drawn = settle(el);
        el.data = hostileData(value, url);
        expect((await drawn).type).to.equal('chart-rendered');
        await exercise(el, 5);
        expectInert(el, JSON.stringify(value));
        expect(shadow(el).querySelector('[part="title"]')!.textContent!.trim()).to.equal(value.trim());
      }),
      { numRuns: 25 },
    );
  });
});
