import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { EstimateDataInput, HivEstimateGap } from '../src/hiv-estimate-gap.js';
import '../src/index.js';
import { Ledger } from './contract/ledger.js';
import { frames, shadow, textOf } from './helpers.js';

/*
 * Pages that live for hours: charts moved, removed and re-added, hidden and shown, created by the
 * hundred and thrown away. No errors, nothing left behind (observers, listeners on the page, timers,
 * frames, requests), and a chart shown again draws exactly what a fresh one would.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const partner: EstimateDataInput = [
  { label: 'Clinic', value: 40, source: 'S' },
  { label: 'Outreach', value: 150, kind: 'lower-bound', source: 'S' },
  { label: 'Prevalence', value: 2.5, kind: 'rate', source: 'S' },
];


let ledger: Ledger;
beforeEach(() => {
  ledger = new Ledger();
  ledger.install();
});
afterEach(() => ledger.uninstall());

/** Nothing the charts set up is still alive, once they are gone and the page is quiet. */
async function expectNothingLeft(charts: HTMLElement[]) {
  await frames(2);
  await sleep(20);
  const frameOf = (chart: HTMLElement) => shadow(chart).querySelector('.frame');
  for (const chart of charts) expect(ledger.resizeTargets.has(frameOf(chart)!), 'a detached chart is still observed').to.equal(false);
  ledger.expectNothingLeft();
}

function allDrawn(charts: HTMLElement[]) {
  return Promise.all(
    charts.map(
      (chart) =>
        new Promise<string>((resolve) => {
          chart.addEventListener('chart-rendered', () => resolve('rendered'), { once: true });
          chart.addEventListener('chart-error', () => resolve('error'), { once: true });
        }),
    ),
  );
}

/** A chart of `data` (the report's when undefined) drawn in a host `width` pixels wide. */
async function drawnChart(width: number, data?: unknown) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
  if (data !== undefined) el.data = data as never;
  const drawn = allDrawn([el]);
  host.append(el);
  await drawn;
  return { host, el };
}

/** The drawing a fresh chart makes of `data` at `width`: what a chart shown again must match. */
async function reference(width: number, data: unknown = partner) {
  const { host, el } = await drawnChart(width, data);
  const markup = shadow(el).querySelector('[part="plot"]')!.innerHTML;
  host.remove();
  return markup;
}
const plotOf = (el: HTMLElement) => shadow(el).querySelector('[part="plot"]')!.innerHTML;

describe('robustness: lifecycle', () => {
  it('100 charts loading from src, destroyed mid-fetch: every request dropped, nothing fires', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const body = encodeURIComponent(JSON.stringify(partner));
    const charts = Array.from({ length: 100 }, () => {
      const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      el.src = `/test-api/slow?ms=150&body=${body}`;
      return el;
    });
    let fired = 0;
    charts.forEach((chart) => {
      chart.addEventListener('chart-rendered', () => fired++);
      chart.addEventListener('chart-error', () => fired++);
    });
    host.append(...charts);
    // The requests start once the code that reads data has loaded (the first time, a module away);
    // waited for by frames, not waitUntil, whose own timer the ledger would count.
    for (let i = 0; i < 120 && !ledger.fetches.size; i++) await frames(1);
    expect(ledger.fetches.size, 'requests started').to.be.greaterThan(0);
    charts.forEach((chart) => chart.remove());
    await sleep(250);
    expect(fired).to.equal(0);
    await expectNothingLeft(charts);
  });

  it('charts added and removed in the same task (rendered by Lit while detached): never observed, nothing left', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const charts = ['hiv-estimate-gap', 'funding-timeline', 'violence-breakdown'].map((tag) => document.createElement(tag));
    host.append(...charts);
    charts.forEach((chart) => chart.remove());
    await frames(2);
    expect(charts.every((chart) => shadow(chart).querySelector('.frame')), 'rendered while detached').to.equal(true);
    await expectNothingLeft(charts);
    // Back on a page, each is followed again and drawn at its width.
    const drawn = allDrawn(charts);
    host.append(...charts);
    expect(await drawn).to.deep.equal(['rendered', 'rendered', 'rendered']);
    charts.forEach((chart) => expect(shadow(chart).querySelector('[part="plot"] svg'), chart.localName).to.not.equal(null));
  });

  it('data changed while detached: drawn when re-added, no work while away', async () => {
    const { host, el } = await drawnChart(400);
    el.remove();
    let fired = 0;
    el.addEventListener('chart-rendered', () => fired++);
    el.src = '/test/fixtures/estimates.json';
    await sleep(50);
    expect(ledger.fetches.size, 'a detached chart fetches nothing').to.equal(0);
    el.data = partner;
    await sleep(20);
    host.append(el);
    await frames(3);
    // Lit updates a detached element too, so this draw may have been announced while detached.
    expect(fired).to.equal(1);
    expect(ledger.fetches.size).to.equal(0);
    expect(plotOf(el)).to.equal(await reference(400));
  });

  for (const [how, hide, show] of [
    ['display: none on the chart', (el: HTMLElement) => (el.style.display = 'none'), (el: HTMLElement) => (el.style.display = '')],
    ['the hidden attribute', (el: HTMLElement) => (el.hidden = true), (el: HTMLElement) => (el.hidden = false)],
    ['display: none on a container', (el: HTMLElement) => (el.parentElement!.style.display = 'none'), (el: HTMLElement) => (el.parentElement!.style.display = '')],
    ['a zero-width container', (el: HTMLElement) => (el.parentElement!.style.width = '0px'), (el: HTMLElement) => (el.parentElement!.style.width = '')],
  ] as const) {
    it(`hidden by ${how}, resized and fed while hidden, then shown: draws what a fresh chart draws`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="max-width: 500px"><div></div></div>`);
      const box = host.firstElementChild as HTMLDivElement;
      const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
      let drawn = allDrawn([el]);
      box.append(el);
      await drawn;
      hide(el);
      await frames(2);
      el.data = partner;
      host.style.maxWidth = '280px';
      await frames(3);
      expect(shadow(el).textContent).to.not.match(/NaN|undefined|Infinity/);
      for (const node of shadow(el).querySelectorAll('svg, svg *')) {
        for (const name of ['width', 'x', 'x1', 'x2']) expect(node.getAttribute(name) ?? '0').to.not.match(/NaN|Infinity|-/);
      }
      drawn = allDrawn([el]);
      show(el);
      await drawn;
      expect(plotOf(el)).to.equal(await reference(280));
      expect(textOf(el, '.row .value')).to.deep.equal(['40', 'more than 150', '2.5%']);
      el.remove();
      await expectNothingLeft([el]);
    });
  }

  // Lit updates a detached element: the event of a draw made then must wait until the chart is back.
  it('a draw made while detached is announced on the page when the chart is back', async () => {
    const { host, el } = await drawnChart(400);
    el.remove();
    el.data = partner;
    await frames(2);
    let heard = 0;
    const listener = () => heard++;
    document.addEventListener('chart-rendered', listener);
    host.append(el);
    await frames(3);
    document.removeEventListener('chart-rendered', listener);
    expect(heard).to.equal(1);
  });

  it('a chart that has never been shown (created hidden) draws when first shown', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="display: none; width: 360px"></div>`);
    const el = document.createElement('hiv-estimate-gap') as HivEstimateGap;
    el.data = partner;
    host.append(el);
    await sleep(50);
    expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(0);
    const drawn = allDrawn([el]);
    host.style.display = 'block';
    await drawn;
    expect(plotOf(el)).to.equal(await reference(360));
  });
});
