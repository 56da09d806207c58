import { expect, fixture as litFixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import { frames, itWith, settle, shadow } from '../helpers.js';
import type { ContractFixture } from './fixtures.js';

/**
 * Issue 17: a chart first drawn far from the screen is laid out and painted once the reader scrolls
 * near it (`content-visibility: auto`), so that a page of many charts costs about what those on
 * screen cost. A chart on screen is laid out at once, so that its size is known when its
 * chart-rendered fires; a page that measures charts off screen, and a printed page, lay every chart
 * out at once. A browser that cannot keep a focus ring outside the frame's clip
 * (overflow-clip-margin) lays every chart out at once too.
 */
export function describeOffscreen(tag: string, { views, json }: ContractFixture): void {
  describe('off screen: a chart far from the screen is laid out when the reader scrolls near it', () => {
    const skips = CSS.supports('overflow-clip-margin', '1px') && CSS.supports('content-visibility', 'auto');

    /** A chart of `view` drawing `json`, `below` px under the page's top, in a 640 px box styled `style`; once drawn. */
    async function chartAt(view: string | undefined, below: number, style = '') {
      const box = await litFixture<HTMLDivElement>(html`<div style="width: 640px; padding-top: ${below}px; ${style}"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data?: unknown };
      if (view !== undefined) el.setAttribute('view', view);
      el.data = json;
      const done = settle(el);
      box.append(el);
      const event = await done;
      expect(event.type, (event as CustomEvent).detail?.message).to.equal('chart-rendered');
      const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
      const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
      return {
        el,
        plot,
        /** Its marks laid out and painted: not skipped by the frame's `content-visibility: auto`. */
        shown: () => plot.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
        far: () => frame.classList.contains('far'),
        height: () => frame.getBoundingClientRect().height,
      };
    }

    const far = () => 3 * innerHeight;

    /**
     * Three charts of `view` drawing `json`, added together at the page's top, once all are drawn:
     * the first two `short` (their plots hidden, a few lines each) or `tall` (their plots two
     * screens high), the third as drawn by default.
     */
    async function stack(view: string | undefined, size: 'short' | 'tall') {
      const rule = size === 'short' ? 'display: none' : `min-height: ${2 * innerHeight}px`;
      const box = await litFixture<HTMLDivElement>(html`<div style="width: 640px">
        <style>
          .above::part(plot) {
            ${rule}
          }
        </style>
      </div>`);
      const els = [0, 1, 2].map((i) => {
        const el = document.createElement(tag) as HTMLElement & { data?: unknown };
        if (view !== undefined) el.setAttribute('view', view);
        if (i < 2) el.className = 'above';
        el.data = json;
        return el;
      });
      const done = els.map((el) => settle(el));
      box.append(...els);
      for (const event of await Promise.all(done)) expect(event.type, (event as CustomEvent).detail?.message).to.equal('chart-rendered');
      const charts = els.map((el) => {
        const plot = shadow(el).querySelector<HTMLElement>('[part="plot"]')!;
        const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
        return {
          el,
          shown: () => plot.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }),
          far: () => frame.classList.contains('far'),
          height: () => frame.getBoundingClientRect().height,
        };
      });
      return { box, charts };
    }

    for (const view of views) {
      const name = view === undefined ? '' : ` view="${view}"`;

      it(`on screen: laid out at once, its height when chart-rendered fires its height once painted${name}`, async () => {
        const near = await chartAt(view, 0);
        const drawn = near.height();
        await frames(2);
        expect(near.shown()).to.equal(true);
        expect(near.far()).to.equal(false);
        expect(drawn).to.be.above(0);
        expect(near.height()).to.equal(drawn);
      });

      it(`far below the screen: the same marks, laid out once scrolled near, as tall as on screen${name}`, async () => {
        const near = await chartAt(view, 0);
        await frames(2);
        const [markup, height] = [near.plot.innerHTML, near.height()];
        const below = await chartAt(view, far());
        await frames(2);
        expect(below.plot.innerHTML, 'the same drawing').to.equal(markup);
        if (skips) {
          expect(below.shown(), 'skipped while far').to.equal(false);
          expect(below.height(), 'a screen high meanwhile').to.equal(innerHeight);
        } else {
          expect(below.shown(), 'laid out at once where the clip cannot be widened').to.equal(true);
        }
        below.el.scrollIntoView();
        await frames(3);
        expect(below.shown(), 'laid out once near').to.equal(true);
        expect(below.height()).to.equal(height);
      });

      it(`below charts shorter than a screen, measured far while they were far too: laid out at once, its height when chart-rendered fires its height once painted${name}`, async () => {
        // Three charts added together: each far frame is a screen high until placed, so the third is
        // measured two screens down, then placed again once the two above are laid out, short.
        const { box, charts } = await stack(view, 'short');
        // Placed near by the kit, not left to the browser, which lays out what it paints anyway.
        expect(charts[2].far(), 'placed near').to.equal(false);
        const drawn = charts.map((chart) => chart.height());
        await frames(2);
        expect(charts[2].el.getBoundingClientRect().top - box.getBoundingClientRect().top, 'within the screen').to.be.below(innerHeight);
        expect(charts[2].shown()).to.equal(true);
        expect(charts.map((chart) => chart.height())).to.deep.equal(drawn);
      });

      it(`below charts taller than the screen: skipped until scrolled near, as tall as on screen then${name}`, async () => {
        const near = await chartAt(view, 0);
        await frames(2);
        const height = near.height();
        // The stack at the page's top: were far frames 300px high, the third would be measured near,
        // and laid out for nothing.
        near.el.remove();
        const { charts } = await stack(view, 'tall');
        await frames(2);
        expect(charts[0].shown(), 'the first, on screen').to.equal(true);
        if (skips) expect(charts[2].shown(), 'skipped while far').to.equal(false);
        charts[2].el.scrollIntoView();
        await frames(3);
        expect(charts[2].shown(), 'laid out once near').to.equal(true);
        // Firefox rounds a box's height by where it stands, a fraction of a pixel apart.
        expect(charts[2].height()).to.be.closeTo(height, 0.01);
      });

      it(`far below the screen, not yet laid out: its SVG image is as large as on screen, and it stays far${name}`, async () => {
        const near = await chartAt(view, 0);
        await frames(2);
        const below = await chartAt(view, far());
        await frames(2);
        const size = async (el: HTMLElement) =>
          (await (el as HTMLElement & { toSvg(): Promise<string> }).toSvg()).match(/^<svg [^>]*width="(\d+)" height="(\d+)"/)!.slice(1);
        expect(await size(below.el)).to.deep.equal(await size(near.el));
        expect(below.shown(), 'still skipped').to.equal(!skips);
      });

      it(`far below the screen, its box narrowed meanwhile: its SVG image is the chart at the new width${name}`, async () => {
        // A far frame's drawing is skipped, and with it the line whose size tells the chart of a new
        // width: the image is asked for before the reader scrolls near, so the chart draws for it.
        const near = await chartAt(view, 0, 'width: 400px');
        await frames(2);
        const below = await chartAt(view, far());
        await frames(2);
        (below.el.parentElement as HTMLElement).style.width = '400px';
        await frames(3);
        // Its frame held its size while drawn again (resize.ts), in WebKit: an empty style attribute.
        const image = async (el: HTMLElement) => (await (el as HTMLElement & { toSvg(): Promise<string> }).toSvg()).replace(' style=""', '');
        expect(await image(below.el)).to.equal(await image(near.el));
        expect(below.plot.innerHTML, 'drawn for the new width').to.equal(near.plot.innerHTML);
      });

      it(`far below the screen, in a box sized to its content: drawn at the width its content gives it, as on screen${name}`, async () => {
        // A flex column that does not stretch its items sizes the chart to its content, which a far
        // frame skips: measured with no width, it is laid out at once, and drawn at the width it gets.
        const fit = 'display: flex; flex-direction: column; align-items: flex-start';
        const near = await chartAt(view, 0, fit);
        await frames(2);
        const below = await chartAt(view, far(), fit);
        await frames(2);
        expect(below.shown(), 'laid out at once').to.equal(true);
        expect(below.el.getBoundingClientRect().width).to.be.above(0);
        expect(below.el.getBoundingClientRect().width).to.equal(near.el.getBoundingClientRect().width);
        expect(below.plot.innerHTML, 'the same drawing').to.equal(near.plot.innerHTML);
      });

      it(`far below the screen, with --amelia-offscreen-drawing: visible: laid out at once${name}`, async () => {
        const near = await chartAt(view, 0);
        await frames(2);
        const below = await chartAt(view, far(), '--amelia-offscreen-drawing: visible');
        const drawn = below.height();
        await frames(2);
        expect(below.shown()).to.equal(true);
        expect(drawn).to.equal(near.height());
      });

      itWith('emulate-media-type', `far below the screen, printed: laid out${name}`, async () => {
        const below = await chartAt(view, far());
        await executeServerCommand('emulate-media-type', 'print');
        try {
          await frames(2);
          expect(below.shown()).to.equal(true);
        } finally {
          await executeServerCommand('emulate-media-type', 'screen');
        }
      });
    }
  });
}
