/*
 * One ResizeObserver for every chart in a window: fifty embeds cost one observer, not fifty. It
 * watches two boxes of each chart: its frame, whose width the chart draws in, and a sample of text
 * set like the frame's, whose size changes with the font and its spacing even where the frame's
 * does not. Sizes are read in the observer's callback and applied in the next animation frame, all
 * charts together: drawing inside the callback would change the charts' heights while the browser
 * is still delivering sizes, which it reports as a "ResizeObserver loop" error. Each chart thus
 * redraws at most once per frame, and DOM reads never interleave with writes.
 *
 * A chart in an iframe's document is observed by that window's observer: another window's fails
 * Chromium's loop check now and then. Everything is held weakly, or until the next frame: an
 * iframe removed with charts in it never disconnects them, and must be freed all the same.
 */
type Listener = (width: number) => void;

interface Chart {
  frame: Element;
  text: Element;
  listener: Listener;
  observer: ResizeObserver;
  /** The frame's content width, as last delivered. */
  width: number;
}

const charts = new WeakMap<Element, Chart>();
const observers = new WeakMap<Window, ResizeObserver>();
const pending = new Set<Chart>();
let frame = 0;

function flush(): void {
  frame = 0;
  const due = [...pending];
  pending.clear();
  for (const chart of due) chart.listener(chart.width);
}

function measure(entries: ResizeObserverEntry[]): void {
  for (const { target, contentBoxSize, contentRect } of entries) {
    const chart = charts.get(target);
    if (!chart) continue;
    if (target === chart.frame) chart.width = Math.floor(contentBoxSize?.[0]?.inlineSize ?? contentRect.width);
    pending.add(chart);
  }
  frame ||= requestAnimationFrame(flush);
}

/** Follows the frame's width, and the typeface of `text`, a sample set like the frame's text. */
export function observeFrame(frame: Element, text: Element, listener: Listener): void {
  const view = (frame.ownerDocument.defaultView ?? window) as typeof window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new view.ResizeObserver(measure)));
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
