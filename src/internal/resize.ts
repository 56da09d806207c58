/*
 * One ResizeObserver for every chart in a window: fifty embeds cost one observer, not fifty. It
 * watches two boxes of each chart: its frame, whose width the chart draws in, and a sample of text
 * set like the frame's, whose size changes with the typeface even where the frame's does not.
 *
 * A chart is redrawn inside the observer's callback, so a width change is drawn in the frame that
 * made it. The browser is still delivering sizes then, and a box whose size changes after this
 * frame's delivery began (the chart, taller for its new drawing; a container the page observes,
 * such as the embed page's body; every chart, when the page gains a scrollbar) is reported as a
 * "ResizeObserver loop" error. So a frame being redrawn keeps the height it was delivered with, its
 * new drawing clipped or short by the difference, until the next animation frame: the page around
 * moves then, and its observers, ours too, hear of it then as of any other change.
 *
 * Every chart is read first (the sizes come with the entries), then all are held, before Lit draws
 * any in the microtasks after the callback. A chart delivered again in the same frame (a page's
 * observer changed its width meanwhile) is drawn again, at the width the page gave it: its frame is
 * held already, so its height still does not change.
 *
 * A chart in an iframe's document is observed by that window's observer: another window's fails
 * Chromium's loop check now and then. Everything is held weakly, or until the next frame: an
 * iframe removed with charts in it never disconnects them, and must be freed all the same.
 */

/** Called with a chart's width; true when the chart redraws for it. */
type Listener = (width: number) => boolean;

interface Chart {
  frame: HTMLElement;
  text: Element;
  listener: Listener;
  observer: ResizeObserver;
  /** The frame's content box, as last delivered. */
  width: number;
  height: number;
}

const charts = new WeakMap<Element, Chart>();
const observers = new WeakMap<Window, ResizeObserver>();
/** Charts redrawn in this frame's delivery, their height held until the next animation frame. */
const held = new Set<Chart>();
let frame = 0;

function deliver(entries: ResizeObserverEntry[]): void {
  const delivered = new Set<Chart>();
  for (const { target, contentBoxSize } of entries) {
    const chart = charts.get(target);
    if (!chart) continue;
    if (target === chart.frame) [chart.width, chart.height] = [Math.floor(contentBoxSize[0].inlineSize), contentBoxSize[0].blockSize];
    delivered.add(chart);
  }
  const redrawn = [...delivered].filter((chart) => chart.listener(chart.width));
  // Through the CSSOM: a strict CSP refuses a style attribute, not this.
  for (const chart of redrawn) {
    held.add(chart);
    chart.frame.style.cssText = `box-sizing:content-box;height:${chart.height}px;overflow-y:clip`;
  }
  if (held.size) frame ||= requestAnimationFrame(release);
}

function release(): void {
  frame = 0;
  // The frame has no style of its own: the hold is all there is to remove.
  for (const { frame } of held) frame.removeAttribute('style');
  held.clear();
}

/** Follows the frame's width and the typeface of `text`, a sample set like the frame's text. */
export function observeFrame(frame: HTMLElement, text: Element, listener: Listener): void {
  const view = (frame.ownerDocument.defaultView ?? window) as typeof window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new view.ResizeObserver(deliver)));
  const chart: Chart = { frame, text, listener, observer, width: 0, height: 0 };
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
}
