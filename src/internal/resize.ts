/*
 * One ResizeObserver for every chart in a window: fifty embeds cost one observer, not fifty. It
 * watches two boxes in each chart's frame: a line as wide as the frame's content and of no height,
 * whose width the chart draws in, and a sample of text set like the frame's, whose size changes
 * with the typeface even where the frame's does not. Neither changes with what the chart draws: a
 * chart given new data, or whose table opens, grows or shrinks without a word to the observer. (The
 * frame itself was observed until 1 December 2026. WebKit can run a page's script between two
 * rounds of one frame's deliveries, when a fetch or a Blob's text resolves: new data set there
 * changed the frame's height after its delivery, and WebKit reported a "ResizeObserver loop" to
 * the page.)
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
  /** The line as wide as the frame's content, of no height, and the sample of text in it. */
  probes: Element[];
  listener: Listener;
  /** The line's width, as last delivered: rounded down, the width the chart draws at. */
  width: number;
}

const charts = new WeakMap<Element, Chart>();
const observers = new WeakMap<Window, ResizeObserver>();
/**
 * Charts redrawn in this frame: in its delivery, with their frame's border box on screen before and
 * the scale a transform draws it at, or in its animation frame, before the page was laid out
 * (undefined: nothing to hold).
 */
const redrawn = new Map<Chart, [box: DOMRect, scale: number] | undefined>();
/** Charts delivered again in a frame they were redrawn in, redrawn in the next. */
const pending = new Set<Chart>();
let frame = 0;

function deliver(entries: ResizeObserverEntry[]): void {
  const delivered = new Set<Chart>();
  for (const { target, contentRect } of entries) {
    const chart = charts.get(target);
    if (!chart) continue;
    if (target === chart.probes[0]) chart.width = contentRect.width;
    delivered.add(chart);
  }
  const drawing: Promise<unknown>[] = [];
  for (const chart of delivered) {
    if (redrawn.has(chart)) {
      pending.add(chart);
      continue;
    }
    const drawn = chart.listener(Math.floor(chart.width));
    if (!drawn) continue;
    drawing.push(drawn);
    // A transform that scales the chart scales the line's width on screen as much.
    redrawn.set(chart, [chart.frame.getBoundingClientRect(), chart.probes[0].getBoundingClientRect().width / chart.width || 1]);
  }
  if (!redrawn.size && !pending.size) return;
  const now = (frame ||= requestAnimationFrame(release));
  // A drawing that waits for a task (a large input being read) lands after this frame's delivery:
  // it needs no hold, and gets none once the next frame has begun.
  if (drawing.length) void Promise.all(drawing).then(() => frame === now && hold());
}

function hold(): void {
  const moved = [...redrawn].filter(([{ frame }, before]) => before && frame.getBoundingClientRect().height !== before[0].height);
  // Through the CSSOM: a strict CSP refuses a style attribute, not this. Its size is its border box,
  // exactly as laid out (a size rounded in the least would be a change).
  for (const [{ frame }, [{ width, height }, scale]] of moved as [Chart, [DOMRect, number]][]) {
    frame.style.cssText = `width:${width / scale}px;height:${height / scale}px;overflow-y:clip`;
  }
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
  for (const chart of again) if (chart.listener(Math.floor(chart.width))) redrawn.set(chart, undefined);
  if (redrawn.size) frame = requestAnimationFrame(release);
}

/**
 * Follows the width of `line`, a box in the frame as wide as its content and of no height, and the
 * typeface of the text in it, a sample set like the frame's text. Returns what stops following them.
 */
export function observeFrame(frame: HTMLElement, line: Element, listener: Listener): () => void {
  const view = (frame.ownerDocument.defaultView ?? window) as typeof window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new view.ResizeObserver(deliver)));
  const chart: Chart = { frame, probes: [line, line.firstElementChild!], listener, width: 0 };
  for (const target of chart.probes) {
    charts.set(target, chart);
    observer.observe(target);
  }
  return () => {
    for (const target of chart.probes) {
      observer.unobserve(target);
      charts.delete(target);
    }
    pending.delete(chart);
  };
}
