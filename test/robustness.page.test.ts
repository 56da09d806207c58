import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { EstimateDataInput, HivEstimateGap } from '../src/hiv-estimate-gap.js';
import '../src/hiv-estimate-gap.js';
import { settle, shadow, textOf } from './helpers.js';

/*
 * Hostile pages: what CMS themes and plugins put on a page must not break the charts. Styles and
 * runtime prototype changes are tried here, one at a time; globals that only matter while the kit
 * loads are tried all together in test/fixtures/hostile-page.html, an iframe with its own realm.
 */

const partner: EstimateDataInput = [
  { label: 'Clinic', value: 40, source: { title: 'S', url: 'https://example.org/' } },
  { label: 'Outreach', value: 150, kind: 'lower-bound', source: 'S' },
  { label: 'Prevalence', value: 2.5, kind: 'rate', source: 'S' },
];

async function draw(width: number, data: unknown = partner): Promise<HivEstimateGap> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
  if (data !== undefined) el.data = data as never;
  const done = settle(el);
  host.append(el);
  const event = await done;
  expect(event.type, (event as CustomEvent<{ message?: string }>).detail?.message).to.equal('chart-rendered');
  return el;
}

/** The chart is drawn as on a clean page: visible marks, its own typography, the right numbers. */
function expectIntact(el: HivEstimateGap, values = ['40', 'more than 150', '2.5%']) {
  const root = shadow(el);
  expect(textOf(el, '.row .value')).to.deep.equal(values);
  const bars = [...root.querySelectorAll<SVGRectElement>('[part="bar"]')];
  expect(bars).to.have.length(values.length);
  for (const bar of bars) {
    const box = bar.getBoundingClientRect();
    expect(box.width, 'a bar is visible').to.be.greaterThan(0);
    expect(getComputedStyle(bar).display).to.not.equal('none');
    expect(getComputedStyle(bar.ownerSVGElement!).display).to.not.equal('none');
  }
  const frame = root.querySelector<HTMLElement>('.frame')!;
  const style = getComputedStyle(frame);
  expect(style.letterSpacing).to.equal('normal');
  expect(style.textAlign).to.equal('start');
  expect(style.textTransform).to.equal('none');
  expect(style.fontStyle).to.equal('normal');
  expect(style.fontSize).to.equal('14px');
  expect(style.direction).to.equal('ltr');
  expect(getComputedStyle(root.querySelector('.row .label')!).textTransform).to.equal('none');
  for (const node of root.querySelectorAll('svg, svg *')) {
    for (const name of ['width', 'height', 'x', 'x1', 'x2']) {
      const value = node.getAttribute(name);
      if (value !== null) expect(Number.isFinite(Number(value)), `${name}=${value}`).to.equal(true);
    }
  }
}

describe('robustness: hostile pages', () => {
  describe('aggressive global CSS', () => {
    const sheets: [string, string][] = [
      ['* { all: unset }', '* { all: unset } html, body, div { display: block }'],
      ['svg { display: none } and friends', 'svg, svg * { display: none !important; visibility: hidden !important } rect, line, path { fill: red !important; width: 0 !important }'],
      [
        'body typography',
        'body { font-size: 40px; letter-spacing: 5px; word-spacing: 20px; text-align: center; text-transform: uppercase; line-height: 3; font-style: italic; direction: rtl; white-space: pre }',
      ],
      ['box model resets', '*, *::before, *::after { box-sizing: content-box !important; margin: 20px !important; padding: 10px !important; max-width: none !important } ul, li, figure, p { list-style: disc !important; border: 4px solid red !important }'],
      ['a root shrunk for rem maths (the text never goes below 14 px)', 'html { font-size: 62.5% }'],
      ['selectors aimed at the chart’s insides', '[part], .frame, .bar, .row, [role="alert"], figure, details { display: none !important }'],
    ];
    let style: HTMLStyleElement;
    afterEach(() => style?.remove());

    for (const [name, css] of sheets) {
      it(`${name}: the chart is drawn as on a clean page`, async () => {
        style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        const el = await draw(420);
        expectIntact(el);
      });
    }

    it('a global CSS reset that sets the host inline still gives the chart its container’s width', async () => {
      style = document.createElement('style');
      style.textContent = 'hiv-estimate-gap { all: unset }';
      document.head.append(style);
      const el = await draw(360);
      expect(shadow(el).querySelector('.row svg')!.getAttribute('width')).to.equal('360');
    });
  });

  describe('extended built-in prototypes, at run time', () => {
    const added: [object, string, PropertyDescriptor | undefined][] = [];
    function set(target: object, key: string, value: unknown) {
      added.push([target, key, Object.getOwnPropertyDescriptor(target, key)]);
      // Assignment, as old libraries did it: enumerable, and visible to for…in.
      (target as Record<string, unknown>)[key] = value;
    }
    afterEach(() => {
      for (const [target, key, descriptor] of added.reverse()) {
        if (descriptor) Object.defineProperty(target, key, descriptor);
        else delete (target as Record<string, unknown>)[key];
      }
      added.length = 0;
    });

    it('Prototype.js’s Array.prototype.toJSON, enumerable Object.prototype extensions', async () => {
      // As Prototype.js 1.6 wrote it: the array's JSON, as a string.
      set(Array.prototype, 'toJSON', function (this: unknown[]) {
        return `[${this.map((item) => JSON.stringify(item)).join(', ')}]`;
      });
      set(Object.prototype, 'foo', 'bar');
      set(Object.prototype, 'extend', function (this: object) {
        return this;
      });
      expectIntact(await draw(420));
      // Attribute JSON and an error message that quotes a value still read well.
      const host = await fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
      const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      // Written out: the page's own JSON.stringify of an array now gives a string of a string.
      el.setAttribute('data', '[{"label":"Clinic","value":40,"source":"S"},{"label":"Outreach","value":150,"kind":"lower-bound","source":"S"},{"label":"Prevalence","value":2.5,"kind":"rate","source":"S"}]');
      const done = settle(el);
      host.append(el);
      await done;
      expectIntact(el);
    });

    const pollution = {
      estimates: [{ label: 'Injected', value: 999, source: 'Injected' }],
      title: 'Injected title',
      source: 'Injected source',
      source_url: 'https://evil.example/',
      url: 'https://evil.example/',
      quote: 'Injected quote',
      kind: 'rate',
      date: 'Injected date',
      label: 'Injected label',
      // Not `value`: Object.defineProperty reads an inherited `value` into every accessor descriptor,
      // so that pollution breaks Lit itself (and any library defining accessors), not the charts' code.
    };

    // What a polluted page draws is the contract's (test/contract): here, the list itself.
    it('Object.prototype polluted with the list’s name: an object without estimates draws none', async () => {
      for (const [key, value] of Object.entries(pollution)) set(Object.prototype, key, value);
      const empty = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      const host = await fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
      const failed = settle(empty);
      empty.data = {} as never;
      host.append(empty);
      expect((await failed).type, 'estimates inherited from Object.prototype were drawn').to.equal('chart-error');
    });

    // Optional fields of the kit's own objects (data.title, estimate.date, source.quote, source.url)
    // and the shared `source` of the input are read as own properties only.
    it('built-ins overridden compatibly (map, filter, forEach, includes, trim, bind, Array.from)', async () => {
      const { map, filter, forEach, includes, flatMap, some } = Array.prototype;
      set(Array.prototype, 'map', function (this: unknown[], fn: never, self: unknown) {
        return map.call(this, fn, self);
      });
      set(Array.prototype, 'filter', function (this: unknown[], fn: never, self: unknown) {
        return filter.call(this, fn, self);
      });
      set(Array.prototype, 'forEach', function (this: unknown[], fn: never, self: unknown) {
        return forEach.call(this, fn, self);
      });
      set(Array.prototype, 'includes', function (this: unknown[], value: unknown) {
        return includes.call(this, value);
      });
      set(Array.prototype, 'flatMap', function (this: unknown[], fn: never) {
        return flatMap.call(this, fn);
      });
      set(Array.prototype, 'some', function (this: unknown[], fn: never) {
        return some.call(this, fn);
      });
      const { trim } = String.prototype;
      set(String.prototype, 'trim', function (this: string) {
        return trim.call(this);
      });
      const { bind } = Function.prototype;
      set(Function.prototype, 'bind', function (this: (...a: unknown[]) => unknown, ...args: unknown[]) {
        return bind.apply(this, args as [unknown]);
      });
      const from = Array.from;
      set(Array, 'from', (...args: Parameters<typeof Array.from>) => from(...args));
      expectIntact(await draw(420));
      const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      const host = await fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
      el.src = '/test/fixtures/estimates-semicolon.csv';
      el.lang = 'ru';
      const done = settle(el);
      host.append(el);
      expect((await done).type).to.equal('chart-rendered');
      expect(textOf(el, '.row .value')).to.deep.equal(['19 606', '0,11 %']);
    });

    it('a fetch polyfill that ignores AbortSignal: a stale response is still dropped', async () => {
      const realFetch = window.fetch;
      set(window, 'fetch', (input: RequestInfo | URL, init?: RequestInit) =>
        realFetch(input, { ...init, signal: undefined }),
      );
      const host = await fixture<HTMLDivElement>(html`<div style="width: 420px"></div>`);
      const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      const late = encodeURIComponent(JSON.stringify([{ label: 'Late', value: 1, source: 'S' }]));
      el.src = `/test-api/slow?ms=150&body=${late}`;
      host.append(el);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const done = settle(el);
      el.data = partner;
      await done;
      let events = 0;
      el.addEventListener('chart-rendered', () => events++);
      el.addEventListener('chart-error', () => events++);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(events).to.equal(0);
      expectIntact(el);
    });
  });

  describe('the worst CMS page (iframe: globals set before the kit loads)', () => {
    it('old libraries’ globals, prototypes, a wrapped customElements.define and reset CSS break nothing', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 900px; height: 1600px" src="/test/fixtures/hostile-page.html"></iframe>`);
      const win = () => frame.contentWindow as Window & { __events?: string[]; __errors?: string[]; __defined?: string[] };
      await waitUntil(() => (win().__events?.length ?? 0) >= 4, 'the four charts did not all draw or fail', { timeout: 4000 });
      const doc = frame.contentDocument!;
      expect(win().__errors).to.deep.equal([]);
      expect(win().__defined).to.deep.equal(['hiv-estimate-gap']);
      expect([...win().__events!].sort()).to.deep.equal(
        ['error:bad:There is no data to draw.', 'rendered:attribute', 'rendered:csv', 'rendered:report'].sort(),
      );
      const values = (id: string) =>
        [...doc.getElementById(id)!.shadowRoot!.querySelectorAll('.row .value')].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
      expect(values('report')).to.deep.equal(['28', 'more than 100']);
      expect(values('attribute')).to.deep.equal(['40', 'более 19 606', '0,11 %']);
      // The page is English: the Kazakh Excel file's numbers are read, then shown the English way.
      expect(values('csv')).to.deep.equal(['19,606', '0.11%']);
      for (const id of ['report', 'attribute', 'csv']) {
        const root = doc.getElementById(id)!.shadowRoot!;
        for (const bar of root.querySelectorAll('[part="bar"]')) expect(bar.getBoundingClientRect().width).to.be.greaterThan(0);
        const svg = root.querySelector('.row svg')!;
        expect(svg.getAttribute('width')).to.equal('480');
        const frameStyle = frame.contentWindow!.getComputedStyle(root.querySelector('.frame')!);
        // `* { all: unset }` is aimed at the element itself, as a reader's text-spacing stylesheet is: the
        // body's spacing then reaches the text, on purpose (see src/internal/styles.ts); the text still fits.
        expect(frameStyle.letterSpacing).to.equal('5px');
        expect(root.querySelector<HTMLElement>('.frame')!.scrollWidth).to.be.at.most(480);
        expect(frameStyle.textTransform).to.equal('none');
        expect(frameStyle.fontSize).to.equal('14px');
      }
      const alert = doc.getElementById('bad')!.shadowRoot!.querySelector('[role="alert"]')!;
      expect(frame.contentWindow!.getComputedStyle(alert).display).to.not.equal('none');
    });
  });
});
