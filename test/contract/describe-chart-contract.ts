import { expect, fixture as litFixture, waitUntil } from '@open-wc/testing';
import { MAX_ROWS, MAX_TEXT } from '../../src/internal/validate.js';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { ChartErrorDetail } from '../../src/index.js';
import { alertText, exercise, frames, itWith, openTable, settle, shadow, textBox, textOf, visibleText } from '../helpers.js';
import type { ContractFixture } from './fixtures.js';
import { describeFooter } from './footer.js';
import { describeLangTree } from './lang-tree.js';
import { Ledger } from './ledger.js';
import { PAYLOADS, URL_PAYLOADS } from './payloads.js';
import { describeOffscreen } from './offscreen.js';
import { describeSteps } from './steps.js';

/*
 * The contract every chart of the kit keeps, proven on one tag: data from a property, an attribute
 * or a URL, the last one set winning; composed events; every error shown, in three languages; safe
 * on hostile pages and under a strict CSP; unchanged by `el.data = el.data`; walked by the keyboard;
 * nothing left behind when removed, the heap included; `src` failures and races; 10,000 rows; large
 * values. test/contract.test.ts runs it for every tag the build makes.
 */

type Chart = HTMLElement & { data: unknown; src: string | null; updateComplete: Promise<boolean> };
type View = string | undefined;

/** Past this many nodes in the shadow DOM a chart of 10,000 rows draws one node per row or more. */
const MAX_NODES_FOR_10K_ROWS = 1000;
const WIDTH = 480;
const LANGS = ['en', 'ru', 'kk'] as const;
const REASONS = ['invalid-json', 'load-failed', 'invalid-data', 'no-data'] as const;
const MISSING = '/test/fixtures/contract/missing.json';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A URL that answers `body` as `type` after `ms` milliseconds (the test API, web-test-runner.config.mjs). */
const served = (body: string, type = 'application/json', ms = 0) =>
  `/test-api/slow?ms=${ms}&type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;

/** Every event `chart-rendered` or `chart-error` that reaches `target` from now on. */
function record(target: EventTarget) {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  target.addEventListener('chart-rendered', listener);
  target.addEventListener('chart-error', listener);
  return {
    events,
    stop() {
      target.removeEventListener('chart-rendered', listener);
      target.removeEventListener('chart-error', listener);
    },
  };
}

declare global {
  interface Window {
    __hostile?: unknown;
    __executed?: unknown;
  }
}

/** Runs the whole chart contract against `tag`, with the data and marks `fixture` gives. */
export function describeChartContract(tag: string, fixture: ContractFixture): void {
  const { views, marks } = fixture;
  const viewName = (view: View) => (view === undefined ? '' : ` view="${view}"`);

  /** A new chart in `view`, not yet on the page. */
  function create(view: View, lang?: string): Chart {
    const el = document.createElement(tag) as Chart;
    if (view !== undefined) el.setAttribute('view', view);
    if (lang) el.setAttribute('lang', lang);
    return el;
  }

  async function host(width = WIDTH): Promise<HTMLDivElement> {
    return litFixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  }

  /** A chart in `view`, fed by `feed` before it is added to a host, once it has drawn or failed. */
  async function draw(view: View, feed: (el: Chart) => void, options: { width?: number; lang?: string } = {}) {
    // Own options only: the pollution tests put `lang` and `width` on Object.prototype, and a
    // destructured `{ lang }` would read them from there.
    const own = <K extends keyof typeof options>(key: K) => (Object.hasOwn(options, key) ? options[key] : undefined);
    const width = own('width') ?? WIDTH;
    const el = create(view, own('lang'));
    feed(el);
    const done = settle(el);
    (await host(width)).append(el);
    const event = await done;
    return { el, event: event as CustomEvent<ChartErrorDetail | undefined> };
  }

  /** A chart that must draw: its first event is `chart-rendered`. */
  async function drawn(view: View, data: unknown, options?: { width?: number; lang?: string }): Promise<Chart> {
    const { el, event } = await draw(view, (chart) => (chart.data = data), options);
    expect(event.type, event.detail?.message).to.equal('chart-rendered');
    return el;
  }

  /** What a reader sees: title, summary, every text, the marks, the plot's drawing and the links. */
  function seen(el: Chart, view: View) {
    return {
      title: textOf(el, '[part="title"]')[0],
      summary: textOf(el, '[part="summary"]')[0],
      alert: alertText(el),
      text: visibleText(el).trim(),
      marks: shadow(el).querySelectorAll(marks(view)).length,
      plot: shadow(el).querySelector('[part="plot"]')?.innerHTML,
      links: [...shadow(el).querySelectorAll('a')].map((link) => link.href),
    };
  }

  /** What a reader sees with the data table opened, when the chart drew one: its rows are built then. */
  async function seenOpen(el: Chart, view: View) {
    if (shadow(el).querySelector('details[part="table"]')) await openTable(el);
    return seen(el, view);
  }

  const tooltip = (el: Chart) => textOf(el, '[part="tooltip"]')[0];

  /**
   * What each point says, first to last, as the keyboard walks them (a point saying what the one
   * before it did ends the walk); none where nothing is drawn.
   */
  async function pointsSaid(el: Chart): Promise<(string | undefined)[]> {
    const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]');
    if (!plot) return [];
    const press = async (key: string) => {
      plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await el.updateComplete;
      return tooltip(el);
    };
    const said = [await press('Home')];
    for (let next = await press('ArrowRight'); next !== said.at(-1); next = await press('ArrowRight')) said.push(next);
    await press('Escape');
    return said;
  }

  describe(`<${tag}>: the chart contract`, () => {
    describe('data inputs', () => {
      for (const view of views) {
        it(`draws the same from the data property, the data attribute and a JSON src; and a CSV src${viewName(view)}`, async () => {
          const json = JSON.stringify(fixture.json);
          const property = await seenOpen(await drawn(view, fixture.json), view);
          expect(property.marks, 'marks').to.be.greaterThan(0);
          for (const [how, feed] of [
            ['attribute', (el: Chart) => el.setAttribute('data', json)],
            ['src JSON', (el: Chart) => (el.src = served(json))],
          ] as const) {
            const { el, event } = await draw(view, feed);
            expect(event.type, `${how}: ${event.detail?.message}`).to.equal('chart-rendered');
            expect(await seenOpen(el, view), how).to.deep.equal(property);
          }
          const { el, event } = await draw(view, (chart) => (chart.src = served(fixture.csv, 'text/csv')));
          expect(event.type, `src CSV: ${event.detail?.message}`).to.equal('chart-rendered');
          expect(shadow(el).querySelectorAll(marks(view)).length, 'CSV marks').to.be.greaterThan(0);
        });
      }

      it('lets the last input set win, whichever it is', async () => {
        const view = views[0];
        const [a, b] = [fixture.json, fixture.rows(4)];
        const reference = seen(await drawn(view, b), view);
        expect(seen(await drawn(view, a), view)).to.not.deep.equal(reference);
        const orders: [string, (el: Chart) => void][] = [
          ['property, then attribute', (el) => ((el.data = a), el.setAttribute('data', JSON.stringify(b)))],
          ['attribute, then property', (el) => (el.setAttribute('data', JSON.stringify(a)), (el.data = b))],
          ['property, then src', (el) => ((el.data = a), (el.src = served(JSON.stringify(b))))],
          ['src, then attribute', (el) => ((el.src = served(JSON.stringify(a))), el.setAttribute('data', JSON.stringify(b)))],
        ];
        for (const [order, feed] of orders) {
          const { el } = await draw(view, feed);
          await sleep(50);
          await el.updateComplete;
          expect(seen(el, view), order).to.deep.equal(reference);
        }
      });

      it('drops a src response that arrives after a newer input', async () => {
        const view = views[0];
        const reference = seen(await drawn(view, fixture.json), view);
        const el = create(view);
        el.src = served(JSON.stringify(fixture.rows(4)), 'application/json', 300);
        (await host()).append(el);
        await sleep(20);
        const done = settle(el);
        el.data = fixture.json;
        expect((await done).type).to.equal('chart-rendered');
        const late = record(el);
        await sleep(400);
        late.stop();
        expect(late.events.map((event) => event.type), 'events after the newer input').to.deep.equal([]);
        expect(seen(el, view)).to.deep.equal(reference);
      });
    });

    describe('events', () => {
      /** A component of the page's own, whose shadow root holds the chart. */
      class ContractShell extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
      }
      if (!customElements.get('contract-shell')) customElements.define('contract-shell', ContractShell);

      it('chart-rendered and chart-error are composed: they reach the document from inside another shadow root', async () => {
        const shell = document.createElement('contract-shell');
        (await host()).append(shell);
        const heard = record(document);
        const el = create(views[0]);
        const rendered = settle(el);
        el.data = fixture.json;
        shell.shadowRoot!.append(el);
        await rendered;
        const failed = settle(el);
        el.data = fixture.invalid;
        await failed;
        await el.updateComplete;
        heard.stop();
        expect(heard.events.map((event) => event.type)).to.deep.equal(['chart-rendered', 'chart-error']);
        for (const event of heard.events) {
          expect(event.composed, `${event.type} composed`).to.equal(true);
          expect(event.bubbles, `${event.type} bubbles`).to.equal(true);
          expect(event.target, `${event.type} retargeted to the shell`).to.equal(shell);
        }
        const { detail } = heard.events[1] as CustomEvent<ChartErrorDetail>;
        expect(Object.keys(detail).sort()).to.deep.equal(['message', 'reason']);
        expect(detail.reason).to.equal('invalid-data');
        expect(detail.message).to.equal(alertText(el));
      });
    });

    describe('errors', () => {
      const inputs: Record<(typeof REASONS)[number], (el: Chart) => void> = {
        'invalid-json': (el) => el.setAttribute('data', '{"rows": [}'),
        'load-failed': (el) => (el.src = MISSING),
        'invalid-data': (el) => (el.data = fixture.invalid),
        'no-data': (el) => (el.data = []),
      };
      const cyrillic = (text: string) => text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
      const latin = (text: string) => text.match(/[a-z]/gi)?.length ?? 0;

      it('shows every reason in a role=alert, in English, Russian and Kazakh, each in its own words and script', async () => {
        const messages: Record<string, Record<string, string>> = {};
        for (const lang of LANGS) {
          const el = create(views[0], lang);
          (await host()).append(el);
          await settle(el);
          for (const reason of REASONS) {
            const failed = settle(el);
            inputs[reason](el);
            const event = (await failed) as CustomEvent<ChartErrorDetail>;
            await el.updateComplete;
            expect(event.type, `${lang} ${reason}`).to.equal('chart-error');
            expect(event.detail.reason, lang).to.equal(reason);
            const alert = shadow(el).querySelectorAll('[role="alert"]');
            expect(alert, `${lang} ${reason}: one alert`).to.have.length(1);
            expect(alert[0].textContent!.trim(), `${lang} ${reason}`).to.equal(event.detail.message);
            expect(shadow(el).querySelectorAll(marks(views[0])), `${lang} ${reason}: no marks`).to.have.length(0);
            // The address and the JSON are quoted as they are: the words around them are what is read.
            const words = event.detail.message.replaceAll(MISSING, '').replace(/JSON/g, '');
            if (lang === 'en') expect(cyrillic(words), `${reason} in English: ${words}`).to.equal(0);
            else expect(cyrillic(words), `${reason} in ${lang}: ${words}`).to.be.greaterThan(Math.max(10, 2 * latin(words)));
            (messages[reason] ??= {})[lang] = event.detail.message;
          }
        }
        for (const reason of REASONS) {
          const { en, ru, kk } = messages[reason];
          expect(new Set([en, ru, kk]).size, `${reason}: ${en} | ${ru} | ${kk}`).to.equal(3);
        }
      });

      // React and Vue write an object as an attribute to an element the page has not defined yet.
      it('data set as "[object Object]" (a framework, before the kit loaded) says so and how to fix it; the property then draws', async () => {
        const el = create(views[0]);
        el.setAttribute('data', '[object Object]');
        const failed = settle(el);
        (await host()).append(el);
        const event = (await failed) as CustomEvent<ChartErrorDetail>;
        expect(event.detail.reason).to.equal('invalid-json');
        expect(event.detail.message).to.equal(
          'The chart data is not valid JSON: it came as the text “[object Object]” because the page set it before the chart script loaded. Load the script first, or set the data property.',
        );
        const drawn = settle(el);
        el.data = fixture.json;
        expect((await drawn).type).to.equal('chart-rendered');
      });

      // Issue 18: the page lays out every character a chart shows. A label of 1 MB held it for half a
      // second after the chart had drawn; the timeline wrapped it into 50,000 nodes.
      it(`a text of more than ${MAX_TEXT} characters is refused, naming its field and quoting its start, in each language; one of ${MAX_TEXT} is drawn`, async () => {
        // Words, as a partner's text has, ending in a letter: trimming leaves the length as it is.
        const long = (length: number) => `${'A long label. '.repeat(length / 14 + 1).slice(0, length - 1)}x`;
        const url = 'https://example.org/';
        // (<hiv-estimate-gap>'s hostile data labels its second row with the text and " 2".)
        const at = await drawn(views[0], fixture.hostile(long(MAX_TEXT - 2), url));
        expect(shadow(at).querySelectorAll(marks(views[0])).length, 'marks').to.be.greaterThan(0);
        expect(shadow(at).querySelectorAll('*').length, 'nodes').to.be.below(1500);
        for (const lang of LANGS) {
          const { el, event } = await draw(views[0], (chart) => (chart.data = fixture.hostile(long(MAX_TEXT + 1), url)), { lang });
          expect(event.type, lang).to.equal('chart-error');
          const { reason, message } = event.detail!;
          expect(reason, lang).to.equal('invalid-data');
          expect(alertText(el), lang).to.equal(message);
          // The cap as the language writes it ("5,000", "5 000"), the field, and the text's first words.
          expect(message.replace(/\D/g, ''), `${lang}: ${message}`).to.equal(String(MAX_TEXT));
          expect(message, lang).to.match(/["«](title|label|form|date|source|quote)["»]/);
          // Cut inside its quotes, so that the quote still closes.
          expect(message, lang).to.contain('("A long label. A long label. A long labe…")');
          expect(message.length, lang).to.be.below(200);
        }
      });

      it('never shows a src URL’s query string or fragment, where tokens live: only its origin and path', async () => {
        const secret = `${MISSING}?token=s3cr3t&key=abc#frag`;
        const { el, event } = await draw(views[0], (chart) => (chart.src = secret));
        expect(event.type).to.equal('chart-error');
        for (const text of [event.detail!.message, alertText(el)!]) {
          expect(text).to.contain(new URL(MISSING, location.href).pathname);
          expect(text).to.not.match(/s3cr3t|token|key=|frag/);
        }
      });
    });

    describe('words', () => {
      // A value that ends in its own full stop (an abbreviated date, "5 мар. 2018 г.", "2018 ж. 5
      // нау."; a partner's "Partner Ltd.") ends the kit's sentence with it: the Russian and Kazakh
      // timelines' summaries ended in "г.." and "нау.." before.
      const ltd = fixture.hostile('Partner Ltd.', 'https://example.org/');
      for (const view of views) {
        it(`no sentence ends in two full stops, in English, Russian and Kazakh, the partner data's texts ending in one or not: the chart, its points and its table${viewName(view)}`, async () => {
          for (const lang of LANGS) {
            for (const data of [fixture.json, ltd]) {
              const el = await drawn(view, data, { lang });
              // What each point says, then the page with the data table open.
              const said = await pointsSaid(el);
              await openTable(el);
              const labels = [...shadow(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
              for (const text of [visibleText(el), ...labels, ...said]) expect(text, `${lang}: ${text}`).to.not.contain('..');
            }
          }
        });
      }
    });

    describe('hostile pages', () => {
      const added: [string, PropertyDescriptor | undefined][] = [];
      const pollute = (fields: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(fields)) {
          added.push([key, Object.getOwnPropertyDescriptor(Object.prototype, key)]);
          // Assignment, as old libraries did it: enumerable, and visible to for…in.
          (Object.prototype as Record<string, unknown>)[key] = value;
        }
      };
      const clean = () => {
        for (const [key, descriptor] of added.reverse()) {
          if (descriptor) Object.defineProperty(Object.prototype, key, descriptor);
          else delete (Object.prototype as Record<string, unknown>)[key];
        }
        added.length = 0;
      };
      afterEach(clean);

      /** Every field name of the kit's data, with a value of the type it takes. */
      const FIELDS = {
        title: 'Injected title',
        summary: 'Injected summary',
        currency: 'EUR',
        label: 'Injected label',
        form: 'Injected form',
        perpetrator: 'Injected perpetrator',
        source: 'Injected source',
        source_url: 'https://evil.example/',
        url: 'https://evil.example/',
        quote: 'Injected quote',
        value: 999,
        kind: 'rate',
        subkind: 'awarded',
        date: '1999',
        end: '2030',
        n: 7,
        population: 'Injected population',
        place: 'Injected place',
        part_of: 'Injected whole',
      };

      /** A source's language fields: a page that sets them must not change the language a chart speaks. */
      const LANGUAGE_FIELDS = { lang: 'kk', quoteLang: 'kk' };

      for (const [what, pollution] of [
        ["the data's field names", FIELDS],
        ['the language field names', LANGUAGE_FIELDS],
      ] as const) {
        for (const view of views) {
          pollutionTest(what, pollution, view);
        }
      }

      function pollutionTest(what: string, pollution: Record<string, unknown>, view: View) {
        it(`Object.prototype polluted with ${what}: the report and partner data look as on a clean page${viewName(view)}`, async () => {
          const inputs: [string, (el: Chart) => void][] = [
            ['the report', () => {}],
            ...fixture.sparse.map((data, i): [string, (el: Chart) => void] => [`partner data ${i + 1}`, (el) => (el.data = data)]),
          ];
          // What the chart shows, its table open, and what each of its points says.
          const look = async (el: Chart) => ({ ...(await seenOpen(el, view)), points: await pointsSaid(el) });
          for (const [input, feed] of inputs) {
            const cleanPage = await look((await draw(view, feed)).el);
            if (input === 'the report') expect(cleanPage.points.length, 'points said').to.be.greaterThan(1);
            pollute(pollution);
            let polluted;
            try {
              polluted = await look((await draw(view, feed)).el);
            } finally {
              clean();
            }
            expect(polluted, input).to.deep.equal(cleanPage);
          }
        });
      }

      /** Nothing ran, nothing was created beyond the element's own template, no handler or script URL. */
      function expectInert(el: Chart, allowed: Set<string>, what: string) {
        expect(window.__hostile, `${what}: a payload ran`).to.equal(undefined);
        for (const node of shadow(el).querySelectorAll('*')) {
          expect(allowed.has(node.localName), `${what}: <${node.localName}> was created`).to.equal(true);
          for (const attribute of node.attributes) {
            expect(attribute.name, `${what}: an on* attribute`).to.not.match(/^on/i);
            if (/^(href|src|xlink:href|action|formaction|data)$/i.test(attribute.name)) {
              expect(attribute.value, `${what}: ${attribute.name}`).to.match(/^https?:\/\//);
            }
          }
        }
        expect(el.children.length, `${what}: light DOM`).to.equal(0);
      }

      it('script-like text in every field, through the property and the attribute, and in error messages, stays text', async function () {
        this.timeout(30000);
        delete window.__hostile;
        const allowed = new Set<string>();
        for (const view of views) {
          const benign = await drawn(view, fixture.hostile('Plain text', 'https://example.org/'));
          await exercise(benign);
          for (const node of shadow(benign).querySelectorAll('*')) allowed.add(node.localName);
        }
        const failed = create(views[0]);
        failed.data = [];
        (await host()).append(failed);
        await settle(failed);
        await failed.updateComplete;
        for (const node of shadow(failed).querySelectorAll('*')) allowed.add(node.localName);
        expect(allowed.has('img') || allowed.has('script') || allowed.has('iframe')).to.equal(false);

        for (const view of views) {
          const el = create(view);
          (await host()).append(el);
          await settle(el);
          for (const [i, payload] of PAYLOADS.entries()) {
            const data = fixture.hostile(payload, URL_PAYLOADS[i % URL_PAYLOADS.length]);
            for (const [how, feed] of [
              ['property', () => (el.data = data)],
              ['attribute', () => el.setAttribute('data', JSON.stringify(data))],
            ] as const) {
              const done = settle(el);
              feed();
              const event = (await done) as CustomEvent<ChartErrorDetail | undefined>;
              expect(event.type, `${how} ${payload}: ${event.detail?.message}`).to.equal('chart-rendered');
              await exercise(el);
              expectInert(el, allowed, `${how}${viewName(view)}: ${payload}`);
              expect(textOf(el, '[part="title"]')[0], payload).to.equal(payload.replace(/\s+/g, ' ').trim());
              for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('a')) expect(new URL(link.href).protocol).to.match(/^https?:$/);
            }
          }
        }

        const errors: [string, (el: Chart) => void][] = [
          ['invalid JSON', (el) => el.setAttribute('data', `{"title": ${PAYLOADS[0]}}`)],
          ['src', (el) => (el.src = `/test/fixtures/contract/missing.json?"><img src=x onerror="window.__hostile='src'">`)],
          ['javascript: src', (el) => (el.src = `javascript:window.__hostile='src-js'`)],
          ['HTML served as data', (el) => (el.src = served(`<img src=x onerror="window.__hostile='html'">`, 'text/html'))],
        ];
        for (const [what, feed] of errors) {
          const { el, event } = await draw(views[0], feed);
          expect(event.type, what).to.equal('chart-error');
          await exercise(el);
          expectInert(el, allowed, what);
          expect(alertText(el), what).to.equal(event.detail!.message);
        }
      });
    });

    describe('strict CSP with Trusted Types', () => {
      let frame: HTMLIFrameElement;
      before(async () => {
        frame = document.createElement('iframe');
        frame.style.cssText = 'position: fixed; left: 0; top: 0; width: 640px; height: 600px; border: 0';
        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        frame.src = '/test/fixtures/contract/strict.html';
        document.body.append(frame);
        await loaded;
        await waitUntil(() => frame.contentWindow!.customElements.get(tag), `<${tag}> was not defined on the strict page`, { timeout: 5000 });
      });
      after(() => frame.remove());
      afterEach(() => resetMouse());

      for (const view of views) {
        it(`draws, shows a tooltip under the mouse and the keyboard, with no violation${viewName(view)}`, async () => {
          const doc = frame.contentDocument!;
          const violations = (frame.contentWindow as unknown as { __violations: string[] }).__violations;
          doc.body.replaceChildren();
          const el = doc.createElement(tag) as Chart;
          if (view !== undefined) el.setAttribute('view', view);
          el.setAttribute('data', JSON.stringify(fixture.json));
          const done = settle(el);
          doc.body.append(el);
          expect((await done).type).to.equal('chart-rendered');
          // The middle of a mark, or of a part of it (a group's middle may fall between its shapes).
          const origin = frame.getBoundingClientRect();
          const mark = shadow(el).querySelector(marks(view))!;
          for (const target of [mark, ...mark.querySelectorAll('*')]) {
            const box = target.getBoundingClientRect();
            await sendMouse({ type: 'move', position: [Math.round(origin.left + box.left + box.width / 2), Math.round(origin.top + box.top + box.height / 2)] });
            await el.updateComplete;
            if (tooltip(el) !== undefined) break;
          }
          expect(tooltip(el), 'tooltip under the mouse').to.be.a('string');
          await resetMouse();
          shadow(el).querySelector<HTMLElement>('[part="plot"]')!.focus();
          await sendKeys({ press: 'ArrowRight' });
          await el.updateComplete;
          expect(tooltip(el), 'tooltip from the keyboard').to.be.a('string');
          await frames(2);
          expect(violations).to.deep.equal([]);
        });
      }
    });

    describe('identity', () => {
      for (const view of views) {
        it(`el.data = el.data (or null, for the report) changes nothing visible and fires nothing, for the report and for partner data${viewName(view)}`, async () => {
          for (const [what, feed] of [
            ['the report', () => {}],
            ['partner data', (el: Chart) => (el.data = fixture.json)],
          ] as const) {
            const { el, event } = await draw(view, feed);
            expect(event.type, what).to.equal('chart-rendered');
            const before = seen(el, view);
            const fired: string[] = [];
            const record = (e: Event) => fired.push(e.type);
            el.addEventListener('chart-rendered', record);
            el.addEventListener('chart-error', record);
            el.data = el.data;
            // The object set, set again: a framework that sets every prop on each render does this.
            if (what === 'partner data') el.data = fixture.json;
            // Back to the report's data while it is drawn, as a framework's empty prop does.
            else for (const empty of [null, undefined]) el.data = empty as never;
            await frames(3);
            await el.updateComplete;
            expect(seen(el, view), what).to.deep.equal(before);
            expect(fired, `${what}: events after setting the same data again`).to.deep.equal([]);
          }
        });
        it(`the same invalid value set twice shows its error once, and fires chart-error once${viewName(view)}`, async () => {
          const { el } = await draw(view, () => {});
          for (const value of [0, 'not data', true]) {
            const fired: string[] = [];
            const record = (e: Event) => fired.push(e.type);
            el.addEventListener('chart-rendered', record);
            el.addEventListener('chart-error', record);
            el.data = value as never;
            await frames(3);
            el.data = value as never;
            await frames(3);
            await el.updateComplete;
            el.removeEventListener('chart-rendered', record);
            el.removeEventListener('chart-error', record);
            expect(fired, String(value)).to.deep.equal(['chart-error']);
            expect(shadow(el).querySelector('[role="alert"]')?.textContent?.trim(), String(value)).to.not.equal('');
          }
        });
      }
    });

    describe('keyboard', () => {
      for (const view of views) {
        it(`Home, ArrowRight twice and ArrowLeft once land on the second point; End on the last; Escape hides it${viewName(view)}`, async () => {
          const el = await drawn(view, fixture.json);
          shadow(el).querySelector<HTMLElement>('[part="plot"]')!.focus();
          const press = async (key: string) => {
            await sendKeys({ press: key });
            await el.updateComplete;
            return tooltip(el);
          };
          const first = await press('Home');
          expect(first, 'a point after Home').to.be.a('string');
          const second = await press('ArrowRight');
          const third = await press('ArrowRight');
          expect(new Set([first, second, third]).size, 'three points').to.equal(3);
          expect(await press('ArrowLeft'), 'ArrowLeft goes back one point').to.equal(second);
          const last = await press('End');
          expect(last).to.not.equal(first);
          expect(await press('ArrowRight'), 'nothing past the last point').to.equal(last);
          expect(await press('Escape')).to.equal(undefined);
          expect(shadow(el).querySelector('.focus-mark')).to.equal(null);
        });

        for (const width of [320, WIDTH, 720]) {
          it(`every point's tooltip stays within the chart, the report's data at ${width} px${viewName(view)}`, async () => {
            const { el, event } = await draw(view, () => {}, { width });
            expect(event.type, event.detail?.message).to.equal('chart-rendered');
            shadow(el).querySelector<HTMLElement>('[part="plot"]')!.focus();
            const chart = el.getBoundingClientRect();
            const outside: string[] = [];
            let last: string | undefined;
            for (const key of ['Home', ...Array<string>(60).fill('ArrowRight')]) {
              await sendKeys({ press: key });
              await el.updateComplete;
              const text = tooltip(el);
              if (text === last) break;
              last = text;
              const box = shadow(el).querySelector('[part="tooltip"]')!.getBoundingClientRect();
              if (box.left < chart.left - 1 || box.right > chart.right + 1) outside.push(`${text}: ${Math.round(box.left - chart.left)} to ${Math.round(box.right - chart.left)} of ${chart.width}`);
            }
            expect(last, 'a tooltip').to.be.a('string');
            expect(outside).to.deep.equal([]);
          });
        }
      }
    });

    describe('lifecycle', () => {
      let ledger: Ledger;
      beforeEach(() => {
        ledger = new Ledger();
        ledger.install();
      });
      afterEach(() => ledger.uninstall());

      async function expectNothingLeft() {
        await frames(2);
        await sleep(20);
        ledger.expectNothingLeft();
      }

      for (const view of views) {
        it(`created, moved, removed and re-added: draws as a fresh chart would, then leaves nothing behind${viewName(view)}`, async () => {
          const narrow = seen(await drawn(view, fixture.json, { width: 300 }), view);
          const wide = await host();
          const other = await host(300);
          const el = create(view);
          el.data = fixture.json;
          let done = settle(el);
          wide.append(el);
          await done;
          const before = seen(el, view);
          done = settle(el);
          other.append(el);
          await done;
          expect(seen(el, view), 'moved to a 300 px container').to.deep.equal(narrow);
          el.remove();
          await frames(2);
          done = settle(el);
          wide.append(el);
          await done;
          expect(seen(el, view), 're-added').to.deep.equal(before);
          wide.remove();
          other.remove();
          document.querySelectorAll(tag).forEach((chart) => chart.remove());
          await expectNothingLeft();
        });
      }

      it('200 charts created and removed: no errors, nothing left behind', async function () {
        this.timeout(20000);
        const box = await host(320);
        const charts = Array.from({ length: 200 }, (_, i) => {
          const el = create(views[i % views.length]);
          if (i % 2) el.data = fixture.json;
          return el;
        });
        const done = Promise.all(charts.map((chart) => settle(chart)));
        box.append(...charts);
        expect((await done).map((event) => event.type)).to.deep.equal(charts.map(() => 'chart-rendered'));
        charts.forEach((chart) => chart.remove());
        await expectNothingLeft();
      });

      itWith('collect-garbage', 'a removed chart, its shadow tree and its data are garbage-collected', async function () {
        this.timeout(20000);
        /** Draws a chart, removes it and lets go of it: only weak references come out. */
        async function dropped(): Promise<[string, WeakRef<object>][]> {
          const box = document.createElement('div');
          box.style.width = `${WIDTH}px`;
          document.body.append(box);
          const input = structuredClone(fixture.json) as object;
          const el = create(views[0]);
          el.data = input;
          const done = settle(el);
          box.append(el);
          await done;
          const refs: [string, WeakRef<object>][] = [
            ['the element', new WeakRef(el)],
            ['its shadow root', new WeakRef(shadow(el))],
            ['its plot', new WeakRef(shadow(el).querySelector('[part="plot"]')!)],
            ['the data given', new WeakRef(input)],
            ['the data read', new WeakRef(el.data as object)],
          ];
          box.remove();
          return refs;
        }
        const refs = await dropped();
        ledger.uninstall();
        const alive = () => refs.filter(([, ref]) => ref.deref() !== undefined).map(([what]) => what);
        for (let attempt = 0; attempt < 6 && alive().length; attempt++) {
          await frames(2);
          await sleep(10);
          await executeServerCommand('collect-garbage');
        }
        expect(alive(), 'still in the heap after garbage collection').to.deep.equal([]);
      });
    });

    describeLangTree(tag);

    describe('src failures and races', () => {
      const failure = async (src: string) => {
        const { el, event } = await draw(views[0], (chart) => (chart.src = src));
        expect(event.type, src).to.equal('chart-error');
        await el.updateComplete;
        const { reason, message } = event.detail!;
        expect(alertText(el)).to.equal(message);
        return { reason, message };
      };

      it('a 404, a 500 with an HTML body and a refused connection: load-failed, saying why; the body never runs', async () => {
        delete window.__executed;
        const missing = await failure(MISSING);
        expect(missing.reason).to.equal('load-failed');
        expect(missing.message).to.contain(MISSING).and.contain('404');
        const broken = await failure('/test-api/error?status=500');
        expect(broken.reason).to.equal('load-failed');
        expect(broken.message).to.contain('500');
        expect(window.__executed).to.equal(undefined);
        const refused = await failure('http://127.0.0.1:9/data.json');
        expect(refused.reason).to.equal('load-failed');
      });

      it('a slow src replaced by a newer src: only the newer one is drawn, once', async () => {
        const view = views[0];
        const reference = seen(await drawn(view, fixture.json), view);
        const el = create(view);
        el.src = served(JSON.stringify(fixture.rows(4)), 'application/json', 300);
        const heard = record(el);
        (await host()).append(el);
        await sleep(20);
        el.src = served(JSON.stringify(fixture.json), 'application/json', 20);
        await sleep(450);
        heard.stop();
        expect(heard.events.map((event) => event.type)).to.deep.equal(['chart-rendered']);
        expect(seen(el, view)).to.deep.equal(reference);
      });

      it('removed mid-fetch: nothing fires while away; re-added, it loads again and draws', async () => {
        const view = views[0];
        const reference = seen(await drawn(view, fixture.json), view);
        const box = await host();
        const el = create(view);
        el.src = served(JSON.stringify(fixture.json), 'application/json', 150);
        const heard = record(el);
        box.append(el);
        await sleep(30);
        el.remove();
        await sleep(250);
        expect(heard.events, 'events while removed').to.have.length(0);
        const done = settle(el);
        box.append(el);
        expect((await done).type).to.equal('chart-rendered');
        heard.stop();
        expect(seen(el, view)).to.deep.equal(reference);
      });
    });

    describeSteps(tag, fixture);

    describeFooter(tag, fixture);

    describeOffscreen(tag, fixture);

    describe('size', () => {
      for (const view of views) {
        it(`${MAX_ROWS} rows, the most a chart reads: drawn in at most ${MAX_NODES_FOR_10K_ROWS} shadow DOM nodes${viewName(view)}`, async function () {
          this.timeout(30000);
          const { el, event } = await draw(view, (chart) => (chart.data = fixture.rows(MAX_ROWS)));
          await el.updateComplete;
          expect(event.type, event.detail?.message).to.equal('chart-rendered');
          expect(shadow(el).querySelectorAll(marks(view)).length, 'marks').to.be.greaterThan(0);
          expect(shadow(el).querySelectorAll('*').length, 'shadow DOM nodes').to.be.at.most(MAX_NODES_FOR_10K_ROWS);
        });

        it(`one row more: refused before it is drawn, saying so in the reader's language${viewName(view)}`, async function () {
          this.timeout(30000);
          const expected = {
            en: 'The chart data has a problem: it has more than 10,000 rows, more than a chart can show; split it into several charts.',
            ru: 'В данных диаграммы есть ошибка: в них больше 10\u00a0000 строк, столько диаграмма не покажет; разделите их на несколько диаграмм.',
            kk: 'Деректерде қате бар: онда 10\u00a0000-нан астам жол бар, диаграмма мұнша жолды көрсете алмайды; оларды бірнеше диаграммаға бөліңіз.',
          };
          const data = fixture.rows(MAX_ROWS + 1);
          for (const [lang, message] of Object.entries(expected)) {
            const { el, event } = await draw(view, (chart) => (chart.data = data), { lang });
            expect(event.type).to.equal('chart-error');
            expect(event.detail!.reason).to.equal('invalid-data');
            expect(alertText(el)).to.equal(message);
            expect(shadow(el).querySelectorAll(marks(view)).length, 'marks').to.equal(0);
          }
        });
      }

      const { large } = fixture;
      if (large) {
        for (const value of [1e20, 3.7e24]) {
          it(`values of ${value}: the axis labels neither overlap nor leave the chart${viewName(large.view)}`, async () => {
            for (const width of [320, WIDTH]) {
              const el = await drawn(large.view, large.data(value), { width });
              const chart = el.getBoundingClientRect();
              const labels = [...shadow(el).querySelectorAll<SVGTextElement>('svg.axis text')].map((node) => ({ text: node.textContent, box: textBox(node) }));
              expect(labels.length, 'axis labels').to.be.at.least(1);
              for (const { text, box } of labels) {
                expect(box.left >= chart.left - 0.5 && box.right <= chart.right + 0.5, `"${text}" inside the chart at ${width} px`).to.equal(true);
              }
              for (const [i, a] of labels.entries()) {
                for (const b of labels.slice(i + 1)) {
                  const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5;
                  expect(apart, `"${a.text}" and "${b.text}" overlap at ${width} px`).to.equal(true);
                }
              }
            }
          });
        }
      }
    });
  });
}
