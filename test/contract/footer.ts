import { expect, fixture as litFixture, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import type { ChartTable } from '../../src/internal/frame.js';
import { openActions, openTable, settle, shadow } from '../helpers.js';
import type { ContractFixture } from './fixtures.js';

/*
 * Issue 17: the data table and the actions are built the first time the reader opens their
 * disclosure, not with the chart. Closed, they were most of a chart's nodes, on every chart of a page,
 * for a table most readers never open. Built, they stay, so closing and reopening loses nothing.
 */

type Chart = HTMLElement & { data: unknown; language: string; updateComplete: Promise<boolean> };
type Part = 'table' | 'actions';

/** A closed footer: its two summaries and Lit's markers around them (21 nodes when measured). */
const MAX_CLOSED_FOOTER_NODES = 30;
/**
 * The most nodes a chart of the report's data holds, in any view and language: 828 measured, for
 * `<violence-breakdown>`'s report view in Russian; 1,516 before (`<funding-timeline>` in Russian).
 */
const MAX_REPORT_NODES = 900;
const LANGS = ['en', 'ru', 'kk'] as const;
const ACTIONS = 4;

/** Every node under `root`: elements, texts and Lit's comment markers, each one the browser holds. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
}

/** Words of letters and digits only that the layout broke across two lines ("указа / н"). */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { 0: word, index } of node.textContent!.matchAll(/[\p{L}\p{N}]+/gu)) {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + word.length);
      // WebKit also gives an empty rectangle at the end of the line before a word that starts one.
      if ([...range.getClientRects()].filter((rect) => rect.width > 0).length > 1) broken.push(word);
    }
  }
  return broken;
}

export function describeFooter(tag: string, { views, json }: ContractFixture): void {
  /** A chart of the report's data in `view` and `lang`, drawn. */
  async function report(view: string | undefined, lang = 'en', width = 480): Promise<Chart> {
    const el = document.createElement(tag) as Chart;
    if (view !== undefined) el.setAttribute('view', view);
    el.setAttribute('lang', lang);
    const box = await litFixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const done = settle(el);
    box.append(el);
    expect((await done).type).to.equal('chart-rendered');
    await el.updateComplete;
    return el;
  }

  const disclosure = (el: Chart, part: Part) => shadow(el).querySelector<HTMLDetailsElement>(`details[part="${part}"]`)!;
  const summary = (el: Chart, part: Part) => disclosure(el, part).querySelector<HTMLElement>(':scope > summary')!;
  /** What a disclosure holds: the table's body rows, or the actions' buttons. */
  const held = (el: Chart, part: Part) => disclosure(el, part).querySelectorAll(part === 'table' ? 'tbody tr' : 'button').length;
  /** How many rows the chart's table lists, from the data: what the opened table must show. */
  const tableRows = (el: Chart) => (el as unknown as { table(data: unknown, lang: string): ChartTable }).table(el.data, el.language).rows.length;

  function expectClosedAndEmpty(el: Chart, what: string) {
    for (const part of ['table', 'actions'] as const) {
      expect(disclosure(el, part).open, `${what}: ${part} open`).to.equal(false);
      expect([...disclosure(el, part).children].map((child) => child.localName), `${what}: ${part} holds`).to.deep.equal(['summary']);
    }
  }

  /** The ways a reader opens a disclosure, and a page's script setting `open`. */
  const OPENERS: Record<string, (el: Chart, part: Part) => Promise<unknown>> = {
    async mouse(el, part) {
      const target = summary(el, part);
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 8), Math.round(box.top + box.height / 2)] });
      await resetMouse();
    },
    async Enter(el, part) {
      summary(el, part).focus();
      await sendKeys({ press: 'Enter' });
    },
    async Space(el, part) {
      summary(el, part).focus();
      // The key by its character: Puppeteer over WebDriver BiDi (the Firefox suite) knows no key named "Space".
      await sendKeys({ press: ' ' });
    },
    async script(el, part) {
      disclosure(el, part).open = true;
    },
  };

  describe('footer: the table and the actions are built when first opened', () => {
    for (const view of views) {
      const name = view === undefined ? '' : ` view="${view}"`;

      it(`closed, each holds its summary only; opened, a row per figure and ${ACTIONS} buttons; closed again, they stay${name}`, async () => {
        const el = await report(view);
        expectClosedAndEmpty(el, 'drawn');
        const rows = tableRows(el);
        expect(rows, 'rows in the table').to.be.greaterThan(0);
        await openTable(el);
        expect(held(el, 'table'), 'rows once opened').to.equal(rows);
        await openActions(el);
        expect(held(el, 'actions'), 'buttons once opened').to.equal(ACTIONS);
        for (const part of ['table', 'actions'] as const) summary(el, part).click();
        await el.updateComplete;
        expect([disclosure(el, 'table').open, disclosure(el, 'actions').open], 'closed again').to.deep.equal([false, false]);
        expect([held(el, 'table'), held(el, 'actions')], 'kept once closed').to.deep.equal([rows, ACTIONS]);
      });

      it(`built before it shows, opened by the mouse, Enter or Space; by a script's \`open\`, in the task after${name}`, async () => {
        for (const [how, open] of Object.entries(OPENERS)) {
          const el = await report(view);
          expectClosedAndEmpty(el, how);
          const expected = { table: tableRows(el), actions: ACTIONS };
          for (const part of ['table', 'actions'] as const) {
            const details = disclosure(el, part);
            // A capturing listener on the disclosure runs before the chart's own: it sees what a reader
            // sees as the disclosure opens.
            let atToggle = -1;
            details.addEventListener('toggle', () => (atToggle = held(el, part)), { capture: true, once: true });
            const toggled = oneEvent(details, 'toggle');
            await open(el, part);
            await toggled;
            await el.updateComplete;
            expect(details.open, `${how}: ${part} opened`).to.equal(true);
            if (how !== 'script') expect(atToggle, `${how}: ${part} as it opened`).to.equal(expected[part]);
            expect(held(el, part), `${how}: ${part} once opened`).to.equal(expected[part]);
          }
        }
      });

      it(`the sources' list, drawn once, stays at a new width and follows the language and the data, as a new chart lists them${name}`, async () => {
        const sources = (el: Chart) => shadow(el).querySelector('[part="sources"]')!;
        /** The list a chart drawn afresh shows, in `lang`, of the report's data or of `data`. */
        const fresh = async (lang: string, data?: unknown) => {
          const el = await report(view, lang);
          if (data === undefined) return sources(el).textContent;
          const drawn = settle(el);
          el.data = data;
          expect((await drawn).type, `${lang}: the data drawn`).to.equal('chart-rendered');
          await el.updateComplete;
          return sources(el).textContent;
        };
        /** `change` made, the chart drawn again. */
        const after = async (el: Chart, change: () => void) => {
          const drawn = settle(el);
          change();
          expect((await drawn).type).to.equal('chart-rendered');
          await el.updateComplete;
        };
        const el = await report(view, 'en');
        const first = sources(el);
        await after(el, () => (el.parentElement!.style.width = '400px'));
        expect(sources(el), 'the same list at a new width').to.equal(first);
        for (const lang of ['ru', 'kk']) {
          const expected = await fresh(lang);
          await after(el, () => el.setAttribute('lang', lang));
          expect(sources(el).textContent, `${lang}: the report's sources`).to.equal(expected);
        }
        const expected = await fresh('kk', json);
        await after(el, () => (el.data = json));
        expect(sources(el).textContent, "kk: the partner data's sources").to.equal(expected);
        expect(expected, "the partner data's sources are not the report's").not.to.equal(await fresh('kk'));
      });

      it(`on a 320 px phone, the opened table scrolls in its own box, its words whole, in en, ru and kk${name}`, async () => {
        for (const lang of LANGS) {
          const el = await report(view, lang, 320);
          await openTable(el);
          const frame = shadow(el).querySelector('.frame')!;
          expect(frame.scrollWidth, `${lang}: the chart is no wider than the phone`).to.be.at.most(frame.clientWidth);
          expect(shadow(el).querySelector('.table-wrap')!.getBoundingClientRect().width, lang).to.be.at.most(320);
          expect(brokenWords(disclosure(el, 'table').querySelector('table')!), `${lang}: words broken across lines`).to.deep.equal([]);
        }
      });

      it(`the report's data, in English, Russian and Kazakh: at most ${MAX_REPORT_NODES} shadow DOM nodes, ${MAX_CLOSED_FOOTER_NODES} of them the closed footer${name}`, async () => {
        for (const lang of LANGS) {
          const el = await report(view, lang);
          expect(nodeCount(shadow(el).querySelector('.controls')!), `${lang}: nodes of the closed footer`).to.be.at.most(MAX_CLOSED_FOOTER_NODES);
          expect(nodeCount(shadow(el)), `${lang}: nodes of the chart`).to.be.at.most(MAX_REPORT_NODES);
        }
      });
    }
  });
}
