import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../src/hiv-estimate-gap.js';
import '../src/funding-timeline.js';
import '../src/violence-breakdown.js';
import { figures } from '../src/data/report.js';
import type { Lang } from '../src/data/types.js';
import type { MessageKey } from '../src/internal/i18n.js';
import { t } from '../src/internal/i18n.js';
import { can, itWith, mount, nextRender, openActions, openTable, shadow, textOf } from './helpers.js';

/*
 * Issue 6, checked for every element of the kit: axe with the WCAG 2.2 A/AA rules in each language
 * and theme, the keyboard walk, forced colours, reduced motion, text size, contrast of marks, 200 %
 * zoom and translated rendering. One table of charts; every check runs over all of it.
 */

/** axe with the WCAG 2.2 A and AA rules and best practices. */
export const wcag22 = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };

interface Chart {
  name: string;
  tag: string;
  view?: string;
  /** The title key of the report's data. */
  title: MessageKey;
  /** Data marks: each must stay visible in forced colours and have 3:1 contrast. */
  marks: string;
  /** Elements that stand for one kind of figure each, and a name for their kind. */
  kinds: string;
  kindOf: (node: Element) => string;
  /** How a kind is drawn without colour: its shape, fill type, dashes. */
  drawing: (node: Element) => string;
  /** What the first and last focus points say in English: label, value, year and source. */
  first: RegExp;
  last: RegExp;
}

const paint = (node: Element | null, property: 'fill' | 'stroke') => {
  if (!node) return '-';
  const value = getComputedStyle(node)[property];
  return value.startsWith('url(') ? value.replace(/^url\("?.*#/, 'url(#') : value === 'none' ? 'none' : 'solid';
};
const dashes = (node: Element | null) => (node ? getComputedStyle(node).strokeDasharray : '-');

const charts: Chart[] = [
  {
    name: '<hiv-estimate-gap>',
    tag: 'hiv-estimate-gap',
    title: 'hivTitle',
    marks: '[part="bar"], .open-end .arrow, .open-end .edge',
    kinds: '.row',
    kindOf: (row) => (row.classList.contains('lower-bound') ? 'lower-bound' : 'count'),
    drawing: (row) => `${paint(row.querySelector('.bar'), 'fill')} ${row.querySelector('.open-end .arrow') ? 'open-ended with an arrow' : 'closed'}`,
    first: /^Official estimate: 28\. Source: Amelia NGO report/,
    last: /^Public data: more than 100\. Source: Amelia NGO report/,
  },
  {
    name: '<funding-timeline>',
    tag: 'funding-timeline',
    title: 'timelineTitle',
    marks: '.event .marker, .amount .bar, .open-tail path, .stripes, .hatch',
    kinds: '.event, .amount',
    kindOf: (node) => (node.classList.contains('event') ? 'event' : [...node.classList].find((name) => name !== 'amount')!),
    drawing: (node) => {
      const mark = node.querySelector('.marker, .bar');
      return `${mark?.localName} fill ${paint(mark, 'fill')} stroke ${paint(mark, 'stroke')} dashes ${dashes(mark)}`;
    },
    first: /^Sex work decriminalised.*: 2001\. Source: Amelia NGO report/,
    last: /^Funding request: 7,442,991 US dollars, 2024 – 2026, .*\. Source: Kazakh Scientific Center/,
  },
  {
    name: '<violence-breakdown view="report">',
    tag: 'violence-breakdown',
    view: 'report',
    title: 'violenceReportTitle',
    marks: '.dot',
    kinds: '.cell-mark',
    kindOf: (node) => (node.classList.contains('unspecified') ? 'unspecified' : 'named'),
    drawing: (node) => {
      const dot = node.querySelector('.dot');
      return `fill ${paint(dot, 'fill')} dashes ${dashes(dot)}`;
    },
    first: /^Police: Violence, named in the source: “.*”\. Source: Amelia NGO report/,
    last: /^A fear the report records, not an abuse: Fear of being publicly identified as a sex worker or drug user \(feared: Police or Health officials\): “.*”\. Source: Amelia NGO report/,
  },
  {
    name: '<violence-breakdown view="measured">',
    tag: 'violence-breakdown',
    view: 'measured',
    title: 'violenceMeasuredTitle',
    marks: '[part="bar"], [part="segment"], .pat-fg',
    kinds: '.whole svg .segment',
    kindOf: (node) => [...node.classList].find((name) => /^p\d$/.test(name))!,
    drawing: (node) => `fill ${paint(node, 'fill')}`,
    first: /^Intimate partners: Recent violence: 45%; n = 400, .*2015–2017\. Source: Mukherjee et al\./,
    last: /^Classes of police violence, Police: Poly-victimisation \(several kinds of abuse\): 34%; n = 255, Almaty, 2015–2017\. Source: Mukherjee/,
  },
];

interface Options {
  lang?: Lang;
  theme?: string;
  width?: number;
}

/** Mounts one chart (between two buttons, for the keyboard) and waits until it has drawn. */
async function draw(chart: Chart, { lang, theme, width }: Options = {}) {
  const tag = unsafeStatic(chart.tag);
  const page = await mount<HTMLDivElement>(staticHtml`<div style=${width ? `width: ${width}px` : ''}>
    <button id="before">before</button><${tag}
      lang=${ifDefined(lang)} theme=${ifDefined(theme)} view=${ifDefined(chart.view)}
    ></${tag}><button id="after">after</button>
  </div>`);
  const el = page.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(chart.tag)!;
  return { el, before: page.querySelector<HTMLElement>('#before')!, after: page.querySelector<HTMLElement>('#after')! };
}

const tooltip = (el: HTMLElement) => textOf(el, '[part="tooltip"]')[0];
const spoken = (el: HTMLElement) => textOf(el, '[aria-live="polite"]')[0];

/** A colour as the browser computes it, for comparing with computed styles. */
function resolve(color: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = color;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The background the chart is drawn on: the frame's, else the page's (white). */
function backgroundOf(el: HTMLElement): string {
  const background = getComputedStyle(shadow(el).querySelector('.frame')!).backgroundColor;
  return background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background;
}

/**
 * The keyboard's focus ring: an SVG shape's stroke, or the outline of a mark's own box (a timeline
 * entry down the page, a grid's dot or a fear's square in the violence report view).
 */
function ringOf(mark: Element): { colour: string; width: number } {
  const style = getComputedStyle(mark);
  const outlined = style.outlineStyle !== 'none';
  return { colour: outlined ? style.outlineColor : style.stroke, width: parseFloat(outlined ? style.outlineWidth : style.strokeWidth) };
}

const emulate = (features: { name: string; value: string }[]) => executeServerCommand('emulate-media-features', features);

for (const chart of charts) {
  describe(`accessibility of ${chart.name}`, () => {
    describe('axe (WCAG 2.2 A/AA)', () => {
      for (const lang of ['en', 'ru', 'kk'] as const) {
        it(`passes in ${lang}, with the table closed and open`, async () => {
          const { el } = await draw(chart, { lang });
          await expect(el).to.be.accessible(wcag22);
          await openTable(el);
          await expect(el).to.be.accessible(wcag22);
        });
      }

      it('passes in the dark theme, with the table open', async () => {
        const { el } = await draw(chart, { theme: 'dark' });
        await openTable(el);
        await expect(el).to.be.accessible(wcag22);
      });
    });

    describe('keyboard', () => {
      it('is one tab stop: arrows, Home and End walk the points, showing a focus mark and saying each point', async () => {
        const { el, before } = await draw(chart);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const plot = shadow(el).activeElement;
        expect(plot?.getAttribute('part')).to.equal('plot');
        expect(plot?.getAttribute('role')).to.equal('group');
        expect(plot?.getAttribute('aria-label')).to.equal(t('en', 'keyboardHint'));
        await el.updateComplete;
        // The keys are shown to sighted keyboard users too, while the plot has focus.
        const hint = shadow(el).querySelector('[part="hint"]')!;
        expect(getComputedStyle(hint).display).to.equal('block');
        expect(hint.textContent).to.equal(t('en', 'keyboardKeys'));

        const said = () => {
          // What the eye sees is what the ear hears, and a visible ring marks the point.
          expect(spoken(el)).to.equal(tooltip(el));
          const mark = shadow(el).querySelectorAll<SVGGraphicsElement>('.focus-mark');
          expect(mark.length, 'one focus mark').to.equal(1);
          const box = mark[0].getBoundingClientRect();
          expect(box.width > 0 && box.height > 0, 'focus mark has a size').to.equal(true);
          const { colour, width } = ringOf(mark[0]);
          expect(colour).to.not.equal('none');
          expect(width).to.be.at.least(2);
          expect(contrast(colour, backgroundOf(el)), 'focus mark contrast').to.be.at.least(3);
          return tooltip(el);
        };
        const press = async (key: string) => {
          await sendKeys({ press: key });
          await el.updateComplete;
          return said();
        };

        const first = said();
        expect(first).to.match(chart.first);
        expect(await press('ArrowLeft')).to.equal(first);
        const second = await press('ArrowRight');
        expect(second).to.not.equal(first);
        expect(await press('ArrowUp')).to.equal(first);
        expect(await press('ArrowDown')).to.equal(second);
        const last = await press('End');
        expect(last).to.match(chart.last);
        expect(await press('ArrowRight')).to.equal(last);
        expect(await press('Home')).to.equal(first);

        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(tooltip(el)).to.equal(undefined);
        expect(shadow(el).querySelector('.focus-mark')).to.equal(null);
        expect(spoken(el)).to.equal('');
      });

      it('lets Tab leave the chart: no keyboard trap, and the plot is a single stop', async () => {
        const { el, before, after } = await draw(chart);
        before.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'ArrowRight' });
        const stops: string[] = [];
        for (let i = 0; i < 20 && document.activeElement !== after; i++) {
          stops.push(shadow(el).activeElement?.getAttribute('part') ?? shadow(el).activeElement?.localName ?? 'page');
          await sendKeys({ press: 'Tab' });
        }
        expect(document.activeElement === after, `stops: ${stops.join(', ')}`).to.equal(true);
        expect(stops.filter((stop) => stop === 'plot')).to.have.length(1);
        expect(tooltip(el)).to.equal(undefined);
        // And back: Shift+Tab from the next control reaches the chart's last stop, not a trap either.
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        expect(document.activeElement === el).to.equal(true);
      });
    });

    describe('pointer and touch', () => {
      afterEach(() => resetMouse());

      /** The centre of focus point `index`'s mark, in viewport pixels, scrolled into view. */
      const centreOf = (el: HTMLElement, index: number): [number, number] => {
        const point = shadow(el).querySelector(`[data-point="${index}"]`)!;
        // The drawn mark itself (a dot, a bar), not the empty space a group's box may span.
        const mark = point.querySelector('circle, rect:not(.focus-mark)') ?? point;
        mark.scrollIntoView({ block: 'center' });
        const box = mark.getBoundingClientRect();
        return [Math.round(box.left + Math.min(box.width / 2, 4)), Math.round(box.top + box.height / 2)];
      };
      /** What the keyboard says at point `index`: the pointer must show the same. */
      const keyboardSays = async (el: HTMLElement & { updateComplete: Promise<boolean> }, before: HTMLElement, index: number) => {
        before.focus();
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Home' });
        for (let i = 0; i < index; i++) await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const said = tooltip(el);
        before.focus();
        await el.updateComplete;
        return said;
      };

      it('shows the point under the mouse, the same words the keyboard gives, and hides it when the mouse leaves', async () => {
        const { el, before } = await draw(chart);
        const marks = shadow(el).querySelectorAll('[data-point]').length;
        expect(marks, 'every mark says which point it draws').to.be.greaterThan(1);
        const index = marks - 1;
        const expected = await keyboardSays(el, before, index);
        await sendMouse({ type: 'move', position: centreOf(el, index) });
        await el.updateComplete;
        expect(tooltip(el)).to.equal(expected);
        await sendMouse({ type: 'move', position: [0, 0] });
        await el.updateComplete;
        expect(tooltip(el)).to.equal(undefined);
      });

      it('answers the pointer 11 px around every mark: a 24 px target (WCAG 2.5.8), shares of a whole aside', async () => {
        const { el } = await draw(chart, { width: 320 });
        // A mark's target: its invisible hit area where it has one (a small dot), else itself (a row, a dot).
        const targets = [...shadow(el).querySelectorAll('[data-point]:not(.segment)')].map((point) => {
          const box = (point.querySelector('.hit') ?? point).getBoundingClientRect();
          const host = el.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2 - host.left, box.top + box.height / 2 - host.top];
          return { point, index: point.getAttribute('data-point'), x, y };
        });
        const missed: string[] = [];
        for (const target of targets) {
          // Points of (nearly) the same date share their place: no 24 px of their own can exist there.
          const crowded = targets.some((other) => other !== target && Math.hypot(other.x - target.x, other.y - target.y) < 24);
          if (crowded) continue;
          const area = target.point.querySelector('.hit') ?? target.point;
          area.scrollIntoView({ block: 'center' });
          const box = area.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          for (const [dx, dy] of [[-11, 0], [11, 0], [0, -11], [0, 11]]) {
            const found = shadow(el).elementFromPoint(x + dx, y + dy);
            const hit = found?.closest('[data-point]');
            if (hit !== target.point) missed.push(`point ${target.index} at (${dx}, ${dy}): ${hit ? `point ${hit.getAttribute('data-point')}` : found?.localName}`);
          }
        }
        expect(missed.join('; ')).to.equal('');
      });

      itWith('tap', 'shows a tapped point, not the first one, and keeps it until the next tap', async () => {
        const { el, before } = await draw(chart);
        const expected = await keyboardSays(el, before, 1);
        const [x, y] = centreOf(el, 1);
        await executeServerCommand('tap', { x, y });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        // The lifted finger "leaves" the mark: the text stays.
        expect(tooltip(el)).to.equal(expected);
        expect(spoken(el)).to.equal(expected);
        // A tap anywhere else hides it.
        // On screen: a tall chart's title is above it once the mark is centred, where no tap lands.
        const titleText = shadow(el).querySelector('[part="title"]')!;
        titleText.scrollIntoView({ block: 'center' });
        const title = titleText.getBoundingClientRect();
        await executeServerCommand('tap', { x: Math.round(title.left + 4), y: Math.round(title.top + title.height / 2) });
        await new Promise((resolve) => setTimeout(resolve, 100));
        await el.updateComplete;
        expect(tooltip(el)).to.equal(undefined);
      });
    });

    describe('vision and motion', () => {
      afterEach(async () => {
        if (await can('emulate-media-features')) await emulate([{ name: 'forced-colors', value: 'none' }, { name: 'prefers-reduced-motion', value: 'no-preference' }]);
      });

      itWith('emulate-media-features', 'keeps marks visible, in system colours or patterns, and kinds distinct without colour, in forced colours', async () => {
        await emulate([{ name: 'forced-colors', value: 'active' }]);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const { el, before } = await draw(chart);
        const system = new Set(['CanvasText', 'LinkText', 'Highlight', 'GrayText', 'ButtonText', 'Canvas'].map(resolve));
        const canvas = resolve('Canvas');
        const marks = [...shadow(el).querySelectorAll(chart.marks)];
        expect(marks.length, 'marks drawn').to.be.greaterThan(0);
        for (const mark of marks) {
          const { fill, stroke, strokeWidth } = getComputedStyle(mark);
          const what = `${mark.getAttribute('class')}: fill ${fill}, stroke ${stroke}`;
          for (const value of [fill, stroke]) {
            if (value !== 'none' && !value.startsWith('url(')) expect(system.has(value), `${what} is a system colour`).to.equal(true);
          }
          const filled = fill !== 'none' && fill !== canvas;
          const stroked = stroke !== 'none' && stroke !== canvas && parseFloat(strokeWidth) > 0;
          expect(filled || stroked, `${what} is visible`).to.equal(true);
        }
        // SVG text follows the system's text colour too.
        for (const text of shadow(el).querySelectorAll('svg text')) {
          expect(system.has(getComputedStyle(text).fill), `text "${text.textContent}"`).to.equal(true);
        }
        // Each kind of figure is drawn its own way: shapes, fills, patterns or dashes, not colour.
        const drawings = new Map<string, Set<string>>();
        for (const node of shadow(el).querySelectorAll(chart.kinds)) {
          const kind = chart.kindOf(node);
          drawings.set(kind, (drawings.get(kind) ?? new Set()).add(chart.drawing(node)));
        }
        expect(drawings.size, 'kinds drawn').to.be.greaterThan(1);
        const owners = new Map<string, string>();
        for (const [kind, ways] of drawings) {
          for (const way of ways) {
            expect(owners.get(way) ?? kind, `"${way}" is drawn for ${owners.get(way)} and ${kind}`).to.equal(kind);
            owners.set(way, kind);
          }
        }
        // The keyboard's focus mark is drawn in the system's highlight colour.
        before.focus();
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(ringOf(shadow(el).querySelector('.focus-mark')!).colour).to.equal(resolve('Highlight'));
        await expect(el).to.be.accessible(wcag22);
      });

      for (const theme of ['light', 'dark']) {
        it(`draws marks with 3:1 and chart text with 4.5:1 contrast against the background, ${theme} theme`, async () => {
          const { el } = await draw(chart, { theme });
          const background = backgroundOf(el);
          for (const mark of shadow(el).querySelectorAll(chart.marks)) {
            const { fill, stroke } = getComputedStyle(mark);
            // A patterned fill is judged by its pattern's foreground, which is among the marks.
            if (fill.startsWith('url(')) continue;
            const colours = [fill, stroke].filter((value) => value.startsWith('rgb'));
            expect(colours.length, `${mark.getAttribute('class')} has a colour`).to.be.greaterThan(0);
            const best = Math.max(...colours.map((colour) => contrast(colour, background)));
            expect(best, `${mark.getAttribute('class')}: ${colours.join(', ')} on ${background}`).to.be.at.least(3);
          }
          for (const text of shadow(el).querySelectorAll('svg text')) {
            const { fill } = getComputedStyle(text);
            const ground = text.classList.contains('dot-key') && !text.closest('.unspecified')
              ? getComputedStyle(text.parentElement!.querySelector('.dot')!).fill
              : background;
            expect(contrast(fill, ground), `text "${text.textContent}" ${fill} on ${ground}`).to.be.at.least(4.5);
          }
        });
      }

      itWith('emulate-media-features', 'runs no animation or transition under prefers-reduced-motion', async () => {
        await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
        const { el, before } = await draw(chart);
        before.focus();
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        const animated = [...shadow(el).querySelectorAll('*')].filter((node) => {
          const style = getComputedStyle(node);
          return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
        });
        expect(animated.map((node) => node.localName)).to.deep.equal([]);
        expect(el.getAnimations({ subtree: true } as GetAnimationsOptions)).to.have.length(0);
      });

      it('draws no text smaller than 12 px, in the chart, the tooltip and the table', async () => {
        const { el, before } = await draw(chart);
        await openTable(el);
        await openActions(el);
        before.focus();
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        const small = [...shadow(el).querySelectorAll('*')]
          .filter((node) => !node.closest('.visually-hidden'))
          .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()))
          .filter((node) => parseFloat(getComputedStyle(node).fontSize) < 12)
          .map((node) => `${node.localName}.${node.getAttribute('class')}: ${getComputedStyle(node).fontSize}`);
        expect(small).to.deep.equal([]);
      });

      it('still fits at 200 % zoom in a 320 px column (a 160 px chart): no horizontal scrolling, no text cut off', async () => {
        const { el } = await draw(chart, { width: 160 });
        const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
        expect(frame.scrollWidth).to.be.at.most(160);
        expect(textPastTheRightEdge(el, frame)).to.deep.equal([]);
      });

      it('takes a reader’s text spacing (WCAG 1.4.12) and font applied after drawing, and loses nothing, in a phone column', async () => {
        const { el } = await draw(chart, { width: 320 });
        await openTable(el);
        // The WCAG text-spacing bookmarklet, as a reader runs it on a page that already shows the chart.
        const rendered = nextRender(el);
        const sheet = document.createElement('style');
        // And a reader's own font, as a dyslexia-font extension sets it (a wide one: monospace).
        sheet.textContent =
          '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; font-family: monospace !important } p { margin-bottom: 2em !important }';
        document.head.append(sheet);
        try {
          // The chart lays itself out again with the new spacing: nothing else changed.
          await rendered;
          const hostSize = parseFloat(getComputedStyle(el).fontSize);
          for (const selector of ['.title', '[part="summary"]', '.plot text, .plot .label', 'th']) {
            const node = shadow(el).querySelector(selector);
            if (!node) continue;
            const style = getComputedStyle(node);
            expect(parseFloat(style.letterSpacing), `${selector} letter spacing`).to.be.closeTo(0.12 * hostSize, 0.01);
            expect(parseFloat(style.wordSpacing), `${selector} word spacing`).to.be.closeTo(0.16 * hostSize, 0.01);
          }
          const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
          expect(parseFloat(getComputedStyle(frame).lineHeight) / parseFloat(getComputedStyle(frame).fontSize)).to.be.closeTo(1.5, 0.01);
          expect(getComputedStyle(frame).fontFamily).to.equal('monospace');
          expect(frame.scrollWidth).to.be.at.most(320);
          expect(textPastTheRightEdge(el, frame)).to.deep.equal([]);
          expect(overlappingSvgText(el).join(' / ')).to.equal('');
        } finally {
          sheet.remove();
        }
      });

      itWith('set-default-font-size', 'grows with the reader’s default text size in the browser, and still fits a phone column', async () => {
        await executeServerCommand('set-default-font-size', { px: 24 });
        try {
          const { el } = await draw(chart, { width: 320 });
          const frame = shadow(el).querySelector<HTMLElement>('.frame')!;
          // 0.875 of the reader's 24 px, where the page leaves the root size alone.
          expect(getComputedStyle(frame).fontSize).to.equal('21px');
          expect(parseFloat(getComputedStyle(shadow(el).querySelector('[part="summary"]')!).fontSize)).to.be.at.least(21);
          expect(frame.scrollWidth).to.be.at.most(320);
          expect(textPastTheRightEdge(el, frame)).to.deep.equal([]);
          expect(overlappingSvgText(el)).to.deep.equal([]);
        } finally {
          await executeServerCommand('set-default-font-size', { px: 16 });
        }
      });

      it('still keeps a page’s inherited typography out (the isolation contract)', async () => {
        const sheet = document.createElement('style');
        sheet.textContent = 'body { letter-spacing: 3px; word-spacing: 9px; line-height: 3; font-family: serif }';
        document.head.append(sheet);
        try {
          const { el } = await draw(chart);
          const style = getComputedStyle(shadow(el).querySelector('.frame')!);
          expect([style.letterSpacing, style.wordSpacing, style.fontFamily.includes('serif') && !style.fontFamily.includes('sans')])
            .to.deep.equal(['normal', '0px', false]);
          expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(1.4, 0.01);
        } finally {
          sheet.remove();
        }
      });
    });

    describe('languages', () => {
      for (const lang of ['ru', 'kk'] as const) {
        it(`speaks ${lang}: title, summary, table, keyboard hint and points, with its number formats`, async () => {
          const { el } = await draw(chart, { lang });
          expect(shadow(el).querySelector('.frame')!.getAttribute('lang')).to.equal(lang);
          expect(textOf(el, '[part="title"]')[0]).to.equal(t(lang, chart.title));
          expect(textOf(el, '[part="summary"]')[0]).to.match(/[а-яё]{4}/i);
          expect(textOf(el, 'details[part="table"] > summary')[0]).to.equal(t(lang, 'showTable'));
          await openTable(el);
          expect(textOf(el, 'thead th').at(-1)).to.equal(t(lang, 'tableSource'));
          const plot = shadow(el).querySelector<HTMLElement>('.plot')!;
          expect(plot.getAttribute('aria-label')).to.equal(t(lang, 'keyboardHint'));
          plot.focus();
          await el.updateComplete;
          expect(tooltip(el)).to.match(/[а-яёәіңғүұқөһ]{4}/i);
          expect(tooltip(el).toLowerCase()).to.include(`${t(lang, 'source').toLowerCase()}: `);
          // The report's sources are English: a Russian or Kazakh voice switches for their titles (WCAG 3.1.2).
          expect(shadow(el).querySelector('[aria-live="polite"] span')?.getAttribute('lang')).to.equal('en');
          // Years are never grouped; ru and kk group thousands with a no-break space and use a decimal comma
          // (quotes stay as their sources wrote them).
          const text = [...shadow(el).querySelectorAll('[part="summary"], .plot *:not([part="quotes"] *)')]
            .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.textContent))
            .join(' ');
          expect(text).to.not.match(/(?<![\d\u00a0\u202f])[12][\u00a0\u202f ](?:9\d\d|0\d\d)(?!\d)/);
          expect(text).to.not.match(/\d,\d{3}(?!\d)|\d\.\d+\s?%|US\$/);
        });
      }

      it('follows a change of the ancestor lang at run time', async () => {
        const tag = unsafeStatic(chart.tag);
        const host = await mount<HTMLDivElement>(staticHtml`<div lang="en"><${tag} view=${ifDefined(chart.view)}></${tag}></div>`);
        const el = host.querySelector<HTMLElement>(chart.tag)!;
        const rendered = nextRender(el);
        host.setAttribute('lang', 'kk');
        await rendered;
        expect(shadow(el).querySelector('figure')!.getAttribute('lang')).to.equal('kk');
        expect(textOf(el, '[part="title"]')[0]).to.equal(t('kk', chart.title));
      });
    });
  });
}


/** Pairs of SVG labels drawn over each other (HTML text reflows by itself; SVG text is placed). */
function overlappingSvgText(el: HTMLElement): string[] {
  const boxes = [...shadow(el).querySelectorAll<SVGTextElement>('.plot svg text')]
    .filter((node) => node.textContent!.trim())
    .map((node) => ({ text: node.textContent!.trim(), box: node.getBoundingClientRect() }));
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 1 && y > 1) overlaps.push(`${a.text} × ${b.text}`);
    }),
  );
  return overlaps;
}

/**
 * Where a node's text ends on screen. An SVG text's by its advance (its bounding box in user units):
 * Firefox pads an SVG text's client rectangle by a pixel on each side.
 */
function rightEdgeOf(node: Element): number {
  if (!(node instanceof SVGGraphicsElement)) return node.getBoundingClientRect().right;
  const [box, toScreen] = [node.getBBox(), node.getScreenCTM()!];
  return toScreen.e + toScreen.a * (box.x + box.width);
}

/** Visible text that runs past the frame's right edge: cut off, or scrolled out of a phone column. */
function textPastTheRightEdge(el: HTMLElement, frame: HTMLElement): string[] {
  const right = frame.getBoundingClientRect().right + 1;
  return [...shadow(el).querySelectorAll('*')]
    .filter((node) => !node.closest('.visually-hidden, details, [part="tooltip"]'))
    .filter((node) => [...node.childNodes].some((child) => child.nodeType === 3 && child.textContent!.trim()))
    .filter((node) => rightEdgeOf(node) > right)
    .map((node) => `${node.localName}: ${node.textContent!.trim().slice(0, 40)}`);
}

describe('number formats in ru and kk', () => {
  for (const lang of ['ru', 'kk'] as const) {
    it(`${lang}: 19 606 and 0,11, grouped with a no-break space; years as written`, async () => {
      const el = await mount<HTMLElement & { updateComplete: Promise<boolean> }>(html`<hiv-estimate-gap
        lang=${lang}
        .data=${{ estimates: [figures.sexWorkers2014, figures.sexWorkersShare2014] }}
      ></hiv-estimate-gap>`);
      // Raw text: textOf would fold the no-break space into a plain one.
      const values = [...shadow(el).querySelectorAll('.row .value')].map((node) => node.textContent!.trim());
      expect(values[0]).to.match(/^19[\u00a0\u202f]606$/);
      expect(values[1]).to.match(/^0,11\s?%$/);
      await openTable(el);
      // The date as the language writes it, at the precision the source gives (a month).
      expect(textOf(el, 'tbody td').some((cell) => /2014/.test(cell) && !/2014-01/.test(cell))).to.equal(true);
    });
  }

  it('funding-timeline axis years are never grouped in ru and kk', async () => {
    for (const lang of ['ru', 'kk'] as const) {
      const el = await mount<HTMLElement>(html`<funding-timeline lang=${lang}></funding-timeline>`);
      const years = textOf(el, '.axis text');
      expect(years.length).to.be.greaterThan(2);
      for (const year of years) expect(year).to.match(/^\d{4}$/);
      el.remove();
    }
  });
});
