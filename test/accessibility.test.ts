import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/hiv-estimate-gap.js';
import type { HivEstimateGap } from '../src/hiv-estimate-gap.js';
import { mount, nextRender, shadow, textOf } from './helpers.js';

/** axe with the WCAG 2.2 A and AA rules and best practices. */
export const wcag22 = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };

const tooltip = (el: HTMLElement) => textOf(el, '[part="tooltip"]')[0];
const spoken = (el: HTMLElement) => textOf(el, '[aria-live="polite"]')[0];
const focusedRow = (el: HTMLElement) => shadow(el).querySelector('.focus-mark')?.closest('li')?.querySelector('.label')?.textContent;

describe('accessibility of <hiv-estimate-gap>', () => {
  for (const lang of ['en', 'ru', 'kk']) {
    it(`passes axe (WCAG 2.2 A/AA) in ${lang}, with the table open`, async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap lang=${lang}></hiv-estimate-gap>`);
      await expect(el).to.be.accessible(wcag22);
      shadow(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible(wcag22);
    });
  }

  describe('keyboard', () => {
    let el: HivEstimateGap;
    let before: HTMLButtonElement;
    let after: HTMLButtonElement;
    beforeEach(async () => {
      const page = await mount<HTMLDivElement>(html`<div>
        <button id="before">before</button><hiv-estimate-gap></hiv-estimate-gap><button id="after">after</button>
      </div>`);
      el = page.querySelector('hiv-estimate-gap')!;
      before = page.querySelector('#before')!;
      after = page.querySelector('#after')!;
      before.focus();
    });

    it('is one tab stop that shows and speaks the first point when focused', async () => {
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('plot');
      await el.updateComplete;
      expect(tooltip(el)).to.equal('Official estimate: 28. Source: Amelia NGO report (November 2015), as reported by NSWP');
      expect(spoken(el)).to.equal(tooltip(el));
      expect(focusedRow(el)).to.equal('Official estimate');
    });

    it('walks points with arrows, Home and End, and Escape hides the tooltip', async () => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tooltip(el)).to.match(/^Public data: more than 100\./);
      expect(focusedRow(el)).to.equal('Public data');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedRow(el)).to.equal('Public data');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(focusedRow(el)).to.equal('Official estimate');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedRow(el)).to.equal('Public data');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(tooltip(el)).to.equal(undefined);
    });

    it('lets Tab leave the chart: no keyboard trap', async () => {
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      // Inside the chart: the plot, the source link, the four action buttons and the table's disclosure.
      const stops: string[] = [];
      for (let i = 0; i < 10 && document.activeElement !== after; i++) {
        stops.push(shadow(el).activeElement?.getAttribute('data-action') ?? shadow(el).activeElement?.localName ?? 'page');
        await sendKeys({ press: 'Tab' });
      }
      expect(stops).to.deep.equal(['div', 'a', 'csv', 'svg', 'png', 'cite', 'summary']);
      expect(document.activeElement === after).to.equal(true);
      expect(tooltip(el)).to.equal(undefined);
    });
  });

  describe('vision and motion', () => {
    const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);
    afterEach(() => emulate([{ name: 'forced-colors', value: 'none' }, { name: 'prefers-reduced-motion', value: 'no-preference' }]));

    it('draws marks in system colours in forced-colours mode, keeping the open end distinct', async () => {
      await emulate([{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      const probe = document.body.appendChild(Object.assign(document.createElement('span'), { style: 'color: CanvasText' }));
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      shadow(el).querySelectorAll('[part="bar"]').forEach((bar) => expect(getComputedStyle(bar).fill).to.equal(canvasText));
      expect(shadow(el).querySelector('.open-end .arrow')).to.not.equal(null);
      await expect(el).to.be.accessible(wcag22);
    });

    it('runs no animation or transition under prefers-reduced-motion', async () => {
      await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      const animated = [...shadow(el).querySelectorAll('*')].filter((node) => {
        const style = getComputedStyle(node);
        return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
      });
      expect(animated).to.have.length(0);
    });

    it('draws no text smaller than 12 px', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap></hiv-estimate-gap>`);
      shadow(el).querySelector('details')!.open = true;
      const sizes = [...shadow(el).querySelectorAll('*')]
        .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()))
        .map((node) => parseFloat(getComputedStyle(node).fontSize));
      expect(Math.min(...sizes)).to.be.at.least(12);
    });

    it('still fits at 200 % zoom in a 320 px column (a 160 px chart)', async () => {
      const el = await mount<HivEstimateGap>(html`<hiv-estimate-gap style="width: 160px"></hiv-estimate-gap>`);
      const frame = shadow(el).querySelector('figure')!;
      expect(frame.scrollWidth).to.be.at.most(160);
      expect(textOf(el, '.row .value')).to.deep.equal(['28', 'more than 100']);
    });
  });

  describe('language from the page', () => {
    it('follows a change of the ancestor lang at run time', async () => {
      const host = await mount<HTMLDivElement>(html`<div lang="en"><hiv-estimate-gap></hiv-estimate-gap></div>`);
      const el = host.querySelector('hiv-estimate-gap')!;
      const rendered = nextRender(el);
      host.setAttribute('lang', 'ru');
      await rendered;
      expect(textOf(el, '.row .value')[1]).to.equal('более 100');
      expect(shadow(el).querySelector('figure')!.getAttribute('lang')).to.equal('ru');
    });
  });
});
