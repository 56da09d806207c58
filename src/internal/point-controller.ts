import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../data/types.js';
import type { Drawing } from './drawn-once.js';
import { t } from './i18n.js';
import { own } from './own.js';

/**
 * What a point says: "Official estimate: 28, 2015", then "Source: …" with the source's title in the
 * source's own language, so that a screen reader reading a Russian chart switches voice for an
 * English title (WCAG 3.1.2).
 */
export interface SpokenPoint {
  text: string;
  source?: { title: string; lang?: string };
}

/**
 * A data point the reader can reach with the keyboard, the mouse or a tap: what it says, and, when
 * the chart knows it, where it is in the plot (pixels from the plot's top-left corner), for the
 * tooltip shown there. Its mark carries `data-point` = its index, for the pointer.
 */
export interface FocusPoint extends SpokenPoint {
  x?: number;
  y?: number;
}

/**
 * `pointLater`'s point: its words made the first time they are read. A class, so that its getters
 * are on the prototype: an object literal with getters made two closures per point.
 */
class LaterPoint implements FocusPoint {
  private _said?: SpokenPoint;

  constructor(
    private readonly _words: () => SpokenPoint,
    readonly x?: number,
    readonly y?: number,
  ) {}

  get text(): string {
    return (this._said ??= this._words()).text;
  }

  get source(): SpokenPoint['source'] {
    return (this._said ??= this._words()).source;
  }
}

/**
 * A point whose words are written when it is first shown or spoken, not when the chart is laid out:
 * a chart of 10,000 rows writes the words of the few points a reader visits, not 10,000 sentences.
 */
export const pointLater = (words: () => SpokenPoint, at?: { x: number; y: number }): FocusPoint =>
  new LaterPoint(words, at?.x, at?.y);

/** Where a point's tooltip goes, when the chart knows where the point is (an SVG drawing does). */
const placeOf = (point: FocusPoint | undefined) =>
  point?.x !== undefined && point.y !== undefined ? { x: point.x, y: point.y } : undefined;

/**
 * The row under the pointer in a drawing of rows that share their paths (a compact panel), found by
 * its height: the drawing's `data-rows` and `data-row-height` say how many and how tall. Past either
 * end, the nearest row.
 */
export function rowUnder(event: PointerEvent, drawing: Element): number {
  const [rows, rowHeight] = ['data-rows', 'data-row-height'].map((name) => Number(drawing.getAttribute(name)));
  const row = Math.floor((event.clientY - drawing.getBoundingClientRect().top) / rowHeight);
  return Math.min(rows - 1, Math.max(0, row));
}

export interface PointHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The plot as one tab stop. Arrow keys, Home and End walk the chart's points; a mouse shows the
 * point it is over, a tap the point tapped. The point's text shows in a tooltip and is spoken through
 * a polite live region, and Tab leaves the chart.
 */
export class PointController implements ReactiveController {
  /** Index into `points` of the point shown, or -1. */
  active = -1;
  private _points: FocusPoint[] = [];
  /** Whether the point shown came from the pointer (which then may hide it), not the keyboard. */
  private _byPointer = false;
  /** Set from a press on the plot until the focus it gives (or the next blur). */
  private _focusByPointer = false;
  private _placed = -1;

  /** `pointAt` finds the point under a pointer event, or -1. */
  constructor(
    private readonly _host: PointHost,
    private readonly _pointAt: (event: PointerEvent) => number,
  ) {
    _host.addController(this);
  }

  get points(): readonly FocusPoint[] {
    return this._points;
  }

  /** The points of a new layout: the point shown stays, or the last one when there are fewer now. */
  set points(points: FocusPoint[]) {
    this._points = points;
    if (this.active >= points.length) this.active = points.length - 1;
  }

  // The tooltip goes over its point, centred, but never past the plot's edges: over a point near one
  // (the first bar on a phone), half of it would be off the screen. A chart drawn in HTML flow cannot
  // know where its marks land: its tooltip goes over the focus mark it drew, measured once the DOM
  // has it, when the point changes. Placed through the CSSOM, never by a style attribute in the
  // template, which a strict CSP refuses (Lit's styleMap writes the attribute on first render).
  hostUpdated(): void {
    const moved = this.active !== this._placed;
    this._placed = this.active;
    const tooltip = this._host.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tooltip) return;
    const plot = tooltip.parentElement!;
    let at = placeOf(this._points[this.active]);
    const mark = !at && moved && plot.querySelector('.focus-mark');
    if (mark) {
      const box = mark.getBoundingClientRect();
      const origin = plot.getBoundingClientRect();
      tooltip.classList.add('at-point', 'at-mark');
      at = { x: box.left + box.width / 2 - origin.left, y: box.top - origin.top };
    }
    if (!at) return;
    // Measured where it is widest: an absolutely placed box narrows as its left edge nears the right.
    tooltip.style.left = '0';
    const width = tooltip.offsetWidth;
    tooltip.style.left = `${Math.round(Math.max(0, Math.min(at.x - width / 2, plot.clientWidth - width)))}px`;
    tooltip.style.top = `${Math.round(at.y)}px`;
  }

  /** The plot: the chart's marks, the tooltip, the key hint and the live region. */
  render(chart: Drawing | typeof nothing, lang: Lang, announcement: string): TemplateResult {
    const point = this._points[this.active];
    const hasPoints = this._points.length > 0;
    return html`<div
        part="plot"
        class="plot"
        tabindex=${hasPoints ? '0' : nothing}
        role=${hasPoints ? 'group' : nothing}
        aria-label=${hasPoints ? t(lang, 'keyboardHint') : nothing}
        @keydown=${this._onKeydown}
        @focus=${this._onFocus}
        @blur=${this._onBlur}
        @pointermove=${this._onPointerMove}
        @pointerleave=${this._onPointerLeave}
        @pointerdown=${this._onPointerDown}
      >
        ${chart}
        ${point
          ? html`<div part="tooltip" class="tooltip ${placeOf(point) ? 'at-point' : ''}" aria-hidden="true">${say(point, lang)}</div>`
          : nothing}
      </div>
      ${hasPoints ? html`<p part="hint" class="hint" aria-hidden="true" .textContent=${t(lang, 'keyboardKeys')}></p>` : nothing}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${point ? say(point, lang) : announcement}</div>`;
  }

  private _show(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this._host.requestUpdate();
  }

  // A mouse shows the point it is over. A touch or pen has no hover: a tap shows the point tapped,
  // and it stays until the next tap (a tap off the marks hides it), as the lifted finger "leaves".
  private _onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const index = this._pointAt(event);
    if (index < 0 && !this._byPointer) return;
    this._byPointer = index >= 0;
    this._show(index);
  };

  private _onPointerLeave = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !this._byPointer) return;
    this._byPointer = false;
    this._show(-1);
  };

  private _onPointerDown = (event: PointerEvent) => {
    this._focusByPointer = true;
    if (event.pointerType === 'mouse') return;
    const index = this._pointAt(event);
    this._byPointer = index >= 0;
    this._show(index);
  };

  // Keyboard focus starts on the first point; a click or tap that focuses the plot shows its own.
  private _onFocus = () => {
    if (this.active < 0 && this._points.length && !this._focusByPointer) this._show(0);
    this._focusByPointer = false;
  };

  private _onBlur = () => {
    this._focusByPointer = false;
    this._byPointer = false;
    this._show(-1);
  };

  private _onKeydown = (event: KeyboardEvent) => {
    const last = this._points.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, this.active + 1),
      ArrowDown: Math.min(last, this.active + 1),
      ArrowLeft: Math.max(0, this.active - 1),
      ArrowUp: Math.max(0, this.active - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') this._show(-1);
    else if (event.key in moves && last >= 0) this._show(moves[event.key]);
    else return;
    event.preventDefault();
  };
}

// One text node before the source's title; a point's text may end in a full stop already
// ("сент. 2006 г."): one is enough.
function say({ text, source }: SpokenPoint, lang: Lang): TemplateResult | string {
  if (!source) return text;
  const lead = `${text}${text.endsWith('.') ? '' : '.'} ${t(lang, 'source')}: `;
  return html`${lead}<span lang=${own(source, 'lang') ?? nothing}>${source.title}</span>`;
}
