import { expect, fixture as litFixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { frames, itWith, settle, textOf } from '../helpers.js';
import { Ledger } from './ledger.js';

/*
 * A chart speaks the language of the tree it is in: the nearest `lang` above it, through the shadow
 * roots of the components around it, up to its own document, an iframe's once it is moved there. It
 * follows a change anywhere on that way, and nothing it watched through stays watched, or alive,
 * once it has left.
 */

type Chart = HTMLElement & { language: string };
type Seen = { language: string; title: string; summary: string };

/** A component of the page's own: whatever is put in its open shadow root is in another tree. */
class LangTreeShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
}
if (!customElements.get('lang-tree-shell')) customElements.define('lang-tree-shell', LangTreeShell);


/** Language, title and summary: what changes with the language, and not with the width. */
const seen = (el: Chart): Seen => ({
  language: el.language,
  title: textOf(el, '[part="title"]')[0],
  summary: textOf(el, '[part="summary"]')[0],
});

/** Puts `el` in `parent` and resolves once it has drawn. */
async function drawIn(parent: ParentNode, el: Chart): Promise<Chart> {
  const done = settle(el);
  parent.append(el);
  expect((await done).type).to.equal('chart-rendered');
  return el;
}

/** Runs `change`, then gives a chart that follows it the time to redraw: its update is a microtask away. */
async function after(change: () => void): Promise<void> {
  change();
  await frames(2);
}

/** The element's language tests: `describeChartContract` runs them for every tag. */
export function describeLangTree(tag: string): void {
  const create = () => document.createElement(tag) as Chart;
  const references: Record<string, Seen> = {};
  const iframes: HTMLIFrameElement[] = [];

  /** A same-origin iframe, on screen, whose document is `<html lang=${lang}>`. */
  async function iframe(lang: string): Promise<HTMLIFrameElement> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position: fixed; left: 0; top: 0; width: 520px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body></body></html>`;
    document.body.append(frame);
    await loaded;
    iframes.push(frame);
    return frame;
  }

  describe('language through shadow roots and iframes', () => {
    // The report drawn by charts given `lang` themselves: what a chart that inherits it must show.
    before(async () => {
      const box = await litFixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      for (const lang of ['en', 'ru', 'kk']) {
        const el = create();
        el.lang = lang;
        references[lang] = seen(await drawIn(box, el));
      }
      box.remove();
      expect(new Set(Object.values(references).map(({ title }) => title)).size, 'a title in each language').to.equal(3);
    });

    afterEach(() => iframes.splice(0).forEach((frame) => frame.remove()));

    describe('followed', () => {
      let ledger: Ledger;
      beforeEach(() => {
        ledger = new Ledger();
        ledger.install();
      });
      afterEach(() => ledger.uninstall());

      /** Removes `charts`, then fails if any observer, listener or timer they set up is still there. */
      async function removedLeavingNothing(...charts: Chart[]) {
        charts.forEach((chart) => chart.remove());
        await frames(2);
        ledger.expectNothingLeft();
      }

      it('inside components’ shadow roots: speaks the language above their hosts, follows a lang set on a host or inside a shadow root; removed, leaves no observer', async () => {
        // <div lang="ru"> › <lang-tree-shell> #shadow › <div> › <lang-tree-shell> #shadow › <div> › chart
        const page = await litFixture<HTMLDivElement>(html`<div lang="ru" style="width: 480px"></div>`);
        const outer = page.appendChild(document.createElement('lang-tree-shell'));
        const middle = outer.shadowRoot!.appendChild(document.createElement('div'));
        const inner = middle.appendChild(document.createElement('lang-tree-shell'));
        const near = inner.shadowRoot!.appendChild(document.createElement('div'));
        const el = await drawIn(near, create());
        expect(seen(el), 'under <div lang="ru">, two shadow roots away').to.deep.equal(references.ru);

        await after(() => (page.lang = 'kk'));
        expect(seen(el), 'the div’s lang changed to kk').to.deep.equal(references.kk);
        await after(() => (inner.lang = 'ru'));
        expect(seen(el), 'lang="ru" on the host of the chart’s shadow root').to.deep.equal(references.ru);
        await after(() => (near.lang = 'en'));
        expect(seen(el), 'lang="en" on an element above the chart inside its shadow root').to.deep.equal(references.en);
        await after(() => (middle.lang = 'kk'));
        expect(seen(el), 'lang="kk" further up, under the nearer lang="en"').to.deep.equal(references.en);
        await after(() => (near.lang = ''));
        expect(seen(el), 'lang="" above the chart: a language not known, which stops the search, as on a page').to.deep.equal(references.en);
        await after(() => near.removeAttribute('lang'));
        expect(seen(el), 'the nearer lang removed').to.deep.equal(references.ru);
        await after(() => inner.removeAttribute('lang'));
        expect(seen(el), 'the host’s lang removed').to.deep.equal(references.kk);

        await removedLeavingNothing(el);
      });

      it('moved into an iframe’s document: speaks its language and follows it there; moved back, follows the page again; removed, leaves no observer', async () => {
        const page = await litFixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
        const frame = await iframe('kk');
        const doc = frame.contentDocument!;
        const el = await drawIn(doc.body, await drawIn(page, create()));
        expect(seen(el), 'in <html lang="kk">').to.deep.equal(references.kk);
        await after(() => (doc.documentElement.lang = 'ru'));
        expect(seen(el), 'the iframe’s lang changed to ru').to.deep.equal(references.ru);

        page.lang = 'kk';
        await drawIn(page, el);
        expect(seen(el), 'moved back under <div lang="kk">').to.deep.equal(references.kk);
        await after(() => (doc.documentElement.lang = 'en'));
        expect(seen(el), 'the iframe it left changed its lang').to.deep.equal(references.kk);
        await after(() => (page.lang = 'ru'));
        expect(seen(el), 'the page’s lang changed to ru').to.deep.equal(references.ru);

        await removedLeavingNothing(el);
      });
    });

    it('first added to an iframe’s document, or moved there and back: styled in each document', async () => {
      const page = await litFixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const doc = (await iframe('kk')).contentDocument!;
      // `:host { display: block }` is the frame's first rule: with no sheet adopted, a chart is inline.
      const display = (el: Chart) => getComputedStyle(el).display;
      expect(display(await drawIn(doc.body, create())), 'first added to the iframe').to.equal('block');
      const moved = await drawIn(doc.body, await drawIn(page, create()));
      expect(display(moved), 'moved into the iframe').to.equal('block');
      await drawIn(page, moved);
      expect(display(moved), 'moved back to the page').to.equal('block');
    });

    it('moved into an iframe’s document by a browser that gives it that window’s plain HTMLElement, as Firefox ESR 140 does: its own class again, and drawn there', async () => {
      const page = await litFixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const frame = await iframe('kk');
      const el = await drawIn(page, create());
      const own = Object.getPrototypeOf(el);
      Object.setPrototypeOf(el, (frame.contentWindow as Window & typeof globalThis).HTMLElement.prototype);
      const moved = await drawIn(frame.contentDocument!.body, el);
      expect(Object.getPrototypeOf(moved), 'its class').to.equal(own);
      expect(seen(moved), 'in <html lang="kk">').to.deep.equal(references.kk);
    });

    itWith('collect-garbage', 'an iframe removed with a chart in it: the chart, its shadow root and the iframe’s document are garbage-collected', async function () {
      this.timeout(20000);
      const page = await litFixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      /** Draws a chart in an iframe, moves another through it, removes the iframe: only weak references come out. */
      async function dropped(): Promise<[string, WeakRef<object>][]> {
        const frame = await iframe('kk');
        const doc = frame.contentDocument!;
        const el = await drawIn(doc.body, await drawIn(page, create()));
        // Drawn there too, then back on the page: it must not hold the document it left.
        await drawIn(page, await drawIn(doc.body, await drawIn(page, create())));
        const refs: [string, WeakRef<object>][] = [
          ['the chart', new WeakRef(el)],
          ['its shadow root', new WeakRef(el.shadowRoot!)],
          ['the iframe’s document', new WeakRef(doc)],
          ['the iframe’s window', new WeakRef(frame.contentWindow!)],
        ];
        frame.remove();
        return refs;
      }
      const refs = await dropped();
      const alive = () => refs.filter(([, ref]) => ref.deref() !== undefined).map(([what]) => what);
      for (let attempt = 0; attempt < 6 && alive().length; attempt++) {
        await frames(2);
        await new Promise((resolve) => setTimeout(resolve, 10));
        await executeServerCommand('collect-garbage');
      }
      expect(alive(), 'still in the heap after garbage collection').to.deep.equal([]);
    });
  });
}
