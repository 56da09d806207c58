import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeFrame } from './resize.js';

/**
 * The width a chart may draw in, and the typeface its text is set in. The frame's content box is
 * that width, inside any padding a host sets. A sample of text in the frame (`.typeface-probe`,
 * hidden from readers) changes size with the font and its spacing, which the frame may not: the
 * chart is then laid out again with the text as the reader has set it (a reader's stylesheet can
 * change font and spacing at any time, WCAG 1.4.12).
 */
/** The text settings that change how wide a text is drawn, as the reader's stylesheet leaves them. */
export interface Typeface {
  fontFamily: string;
  letterSpacing: string;
  wordSpacing: string;
  lineHeight: string;
  fontSize: string;
}

export class SizeController implements ReactiveController {
  width = 0;
  /** Font family and spacing, as one comparable string. */
  typeface = '';
  /** The same, one setting by one, for measuring text. */
  text?: Typeface;
  private _observed?: HTMLElement;
  private _unobserve?: () => void;
  /**
   * Measured far, until placed again once drawn (`_place`): its chart-rendered waits until then.
   * @internal
   */
  _placing?: boolean;

  /** `_target` gives the element whose content box the chart draws in (its frame), once rendered. */
  constructor(
    /** The chart: read by `measureAll` for its drawing's completion. @internal */
    readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _target: () => HTMLElement | null,
  ) {
    _host.addController(this);
  }

  // Followed from the first render on a page, and again whenever the chart comes back to one. After
  // the first render the width is also read at once, in the same task, so that the plot is drawn
  // before the page paints: the observer's first report comes a frame later (resize.ts). Lit renders
  // a chart that has left the page too (one added and removed in the same task): it is not observed
  // then, or nothing would ever stop observing it. The frame, once rendered, stays the same element.
  hostUpdated(): void {
    if (!this._observed && this._host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    const target = (this._observed ??= this._target() ?? undefined);
    if (!target) return;
    this._unobserve = observeFrame(target, target.querySelector('.width-probe')!, (width) => this._resized(width, target));
    if (this.width === 0) measureSoon(this);
  }

  hostDisconnected(): void {
    this._unobserve?.();
  }

  /**
   * The frame's content width now, as the observer reports it (`contentWidth`). It only reads the
   * page; what it returns marks the frame far from the screen or not, a change of the page to make
   * once every chart has been read.
   * @internal
   */
  _measure(): () => void {
    const target = this._observed!;
    const box = target.getBoundingClientRect();
    const width = contentWidth(target, box);
    if (width > 0) this._resized(width, target);
    // A frame starts far (chart-element.ts): the page's first layout skips its content, with
    // `content-visibility: auto` (styles.ts), and gives only its width and place, each far frame a
    // screen high. More than half a screen above or below the screen, it stays far: the browser lays
    // its content out as the reader comes near. A frame nearer is laid out at once, so that its size
    // is known when its chart-rendered fires; so is one with no width, which its content may give it
    // (a page that sizes the chart to its content). A frame measured far below charts shorter than a
    // screen may be near: it is placed again once drawn (`_place`). The typeface probe is skipped with
    // the rest: a far chart hears of a new typeface when it comes near. Set here, on first measuring.
    this._placing = width > 0 && isFar(box, target);
    return () => this._placing || target.classList.remove('far');
  }

  /**
   * A frame measured far, placed again once its chart is drawn, where the charts above it now are:
   * those measured near are laid out, and most take less than the screen they held while far.
   * Nearer than half a screen now, it is laid out at once, before its chart-rendered fires. A chart
   * above taller than a screen (a timeline on a phone is three) pushes the next ones further: they
   * stay far. With far frames 300px high, they were measured near, and laid out for nothing before
   * the page's first paint.
   * @internal
   */
  _place(): void {
    const target = this._observed!;
    this._placing = false;
    if (!isFar(target.getBoundingClientRect(), target)) target.classList.remove('far');
    // Its chart-rendered waited for this (chart-element.ts, `updated`).
    this._host.requestUpdate();
  }

  /**
   * The chart laid out for its frame's width now, and drawn, when the promise resolves. A far
   * frame's drawing is skipped, and with it the line whose size reports a new width: an image asked
   * of a far chart whose box changed is drawn for the box it has (`toSvg`).
   */
  _current(): Promise<boolean> | undefined {
    const target = this._observed!;
    const width = contentWidth(target);
    return width > 0 ? this._resized(width, target) : undefined;
  }

  /** Lays the chart out again for a new width or typeface; returns when it is drawn, if it is. */
  private _resized(width: number, target: Element): Promise<boolean> | undefined {
    const { fontFamily, letterSpacing, wordSpacing, lineHeight, fontSize } = getComputedStyle(target);
    const typeface = `${fontFamily}|${letterSpacing}|${wordSpacing}|${lineHeight}|${fontSize}`;
    if (width === this.width && typeface === this.typeface) return undefined;
    this.width = width;
    this.typeface = typeface;
    this.text = { fontFamily, letterSpacing, wordSpacing, lineHeight, fontSize };
    this._host.requestUpdate();
    return this._host.updateComplete;
  }
}

/*
 * Charts rendered for the first time in one task are measured together, once all of them have
 * rendered (a microtask after theirs): one layout of the page for fifty charts, not fifty. So every
 * chart is read before any is marked: a class set between two reads has the page laid out again
 * for the next (115 ms of 50 charts' 460 when each chart was marked as it was read).
 */
const unmeasured = new Set<SizeController>();

function measureSoon(chart: SizeController): void {
  if (!unmeasured.size) queueMicrotask(measureAll);
  unmeasured.add(chart);
}

function measureAll(): void {
  const charts = [...unmeasured];
  unmeasured.clear();
  const marks = charts.map((chart) => chart._measure());
  for (const mark of marks) mark();
  // The frames measured far are placed again once every chart measured with them is drawn (their
  // updates complete, before the page paints), one after another in the order they were measured
  // (the page's, for charts added in it): each below the ones placed near before it as they are
  // laid out. A frame that stays far changes nothing, so reading the next lays nothing out again.
  // Placed before every chart was drawn, the charts drawn after were laid out again (fifty charts:
  // 42 ms of layout, not 35); placed in the next task, after a frame the browser painted meanwhile,
  // their chart-rendered came a frame later (the benchmark's fifty charts: 162 ms painted, not 146).
  const far = charts.filter((chart) => chart._placing);
  if (far.length) void Promise.allSettled(charts.map((chart) => chart._host.updateComplete)).then(() => far.forEach((chart) => chart._place()));
}

/** A frame's content width: its box less padding and border (0 once it has left the page). */
function contentWidth(target: HTMLElement, box = target.getBoundingClientRect()): number {
  const style = getComputedStyle(target);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.floor(edges.reduce((left, edge) => left - parseFloat(style[edge]), box.width));
}

/** More than half a screen above or below the screen. */
function isFar(box: DOMRect, target: Element): boolean {
  const view = (target.ownerDocument.defaultView ?? window).innerHeight;
  return box.top > view * 1.5 || box.bottom < -view / 2;
}
