/*
 * One ResizeObserver for every chart in a window: fifty embeds cost one observer, not fifty. It
 * watches two boxes of each chart: its frame, whose width the chart draws in, and a sample of text
 * set like the frame's, whose size changes with the typeface even where the frame's does not.
 *
 * A chart is redrawn inside the observer's callback, so a width change is drawn in the frame that
 * made it. The browser is still delivering sizes then, and a box whose size changes after this
 * frame's delivery began (the chart, taller for its new drawing; a container the page observes,
 * such as the embed page's body; every chart, when the page gains a scrollbar) is reported as a
 * "ResizeObserver loop" error. So a frame whose redraw changed its height keeps its old height,
 * its new drawing clipped or short by that much, until the next animation frame: the page around
 * moves then, and its observers, ours too, hear of it then as of any other change. It keeps its old
 * width too: Firefox can place a box beside a float at another width once its content is shorter,
 * even though the box is held at its old height (checked: the loop error there, without it).
 *
 * Every chart is read first (the sizes come with the entries), then all are drawn, then measured
 * once, then held. A chart delivered again in a frame it was redrawn in (a page's observer changed
 * its width meanwhile) is drawn in the next frame: each chart redraws at most once per frame.
 *
 * A chart in an iframe's document is observed by that window's observer: another window's fails
 * Chromium's loop check now and then. Everything is held weakly, or until the next frame: an
 * iframe removed with charts in it never disconnects them, and must be freed all the same.
 */

/** Called with a chart's width; returns the redraw's completion when the chart redraws. */
type Listener = (width: number) => Promise<unknown> | undefined;

interface Chart {
  frame: HTMLElement;
  text: Element;
  listener: Listener;
  observer: ResizeObserver;
  /** The frame's content width, as last delivered and rounded down: the width the chart draws at. */
  width: number;
  /** The frame's content box, as last delivered. */
  box?: DOMRectReadOnly;
}

const charts = new WeakMap<Element, Chart>();
const observers = new WeakMap<Window, ResizeObserver>();
/**
 * Charts redrawn in this frame: in its delivery, with their frame's height on screen before, or in
 * its animation frame, before the page was laid out (undefined: nothing to hold).
 */
const redrawn = new Map<Chart, number | undefined>();
/** Charts delivered again in a frame they were redrawn in, redrawn in the next. */
const pending = new Set<Chart>();
let frame = 0;

function deliver(entries: ResizeObserverEntry[]): void {
  const delivered = new Set<Chart>();
  for (const { target, contentBoxSize, contentRect } of entries) {
    const chart = charts.get(target);
    if (!chart) continue;
    if (target === chart.frame) {
      chart.width = Math.floor(contentBoxSize?.[0]?.inlineSize ?? contentRect.width);
      chart.box = contentRect;
    }
    delivered.add(chart);
  }
  const drawing: Promise<unknown>[] = [];
  for (const chart of delivered) {
    if (redrawn.has(chart)) {
      pending.add(chart);
      continue;
    }
    const drawn = chart.listener(chart.width);
    if (!drawn) continue;
    drawing.push(drawn);
    redrawn.set(chart, chart.frame.getBoundingClientRect().height);
  }
  if (!redrawn.size && !pending.size) return;
  const now = (frame ||= requestAnimationFrame(release));
  // A drawing that waits for a task (a large input being read) lands after this frame's delivery:
  // it needs no hold, and gets none once the next frame has begun.
  if (drawing.length) void Promise.all(drawing).then(() => frame === now && hold());
}

function hold(): void {
  const moved = [...redrawn].filter(([{ frame }, before]) => before !== undefined && frame.getBoundingClientRect().height !== before);
  // Through the CSSOM: a strict CSP refuses a style attribute, not this.
  for (const [{ frame, box }] of moved) frame.style.cssText = `box-sizing:content-box;width:${box!.width}px;height:${box!.height}px;overflow-y:clip`;
  // Laid out again at once: the browser gives an observer called after ours in this frame the boxes
  // as last laid out, and they must be the held ones, or they change again and make a loop error.
  for (const [{ frame }] of moved) frame.getBoundingClientRect();
}

function release(): void {
  frame = 0;
  // The frame has no style of its own: the hold is all there is to remove.
  for (const { frame } of redrawn.keys()) frame.removeAttribute('style');
  redrawn.clear();
  const again = [...pending];
  pending.clear();
  for (const chart of again) if (chart.listener(chart.width)) redrawn.set(chart, undefined);
  if (redrawn.size) frame = requestAnimationFrame(release);
}

/** Follows the frame's width and the typeface of `text`, a sample set like the frame's text. */
export function observeFrame(frame: HTMLElement, text: Element, listener: Listener): void {
  const view = (frame.ownerDocument.defaultView ?? window) as typeof window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new view.ResizeObserver(deliver)));
  const chart: Chart = { frame, text, listener, observer, width: 0 };
  for (const target of [frame, text]) {
    charts.set(target, chart);
    observer.observe(target);
  }
}

export function unobserveFrame(frame: Element): void {
  const chart = charts.get(frame);
  if (!chart) return;
  for (const target of [chart.frame, chart.text]) {
    chart.observer.unobserve(target);
    charts.delete(target);
  }
  pending.delete(chart);
}
