/*
 * One ResizeObserver for every chart in a window: fifty embeds cost one observer, not fifty.
 * Widths are measured in the observer's callback and applied in the next animation frame, all
 * charts together: drawing inside the callback would change the charts' heights while the browser
 * is still delivering sizes, which it reports as a "ResizeObserver loop" error. Each chart thus
 * redraws at most once per frame, and DOM reads never interleave with writes.
 *
 * A chart in an iframe's document is observed by that window's observer: another window's fails
 * Chromium's loop check now and then. Everything is held weakly: an iframe removed with charts in
 * it never disconnects them, and must be freed all the same.
 */
type Listener = (width: number) => void;

const watched = new WeakMap<Element, [Listener, ResizeObserver]>();
const observers = new WeakMap<Window, ResizeObserver>();
const pending = new Map<Element, number>();
let frame = 0;

function flush(): void {
  frame = 0;
  const widths = [...pending];
  pending.clear();
  for (const [target, width] of widths) watched.get(target)?.[0](width);
}

function measure(entries: ResizeObserverEntry[]): void {
  for (const entry of entries) {
    pending.set(entry.target, Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width));
  }
  frame ||= requestAnimationFrame(flush);
}

export function observeWidth(target: Element, listener: Listener): void {
  const view = (target.ownerDocument.defaultView ?? window) as typeof window;
  let observer = observers.get(view);
  if (!observer) observers.set(view, (observer = new view.ResizeObserver(measure)));
  watched.set(target, [listener, observer]);
  observer.observe(target);
}

export function unobserveWidth(target: Element): void {
  watched.get(target)?.[1].unobserve(target);
  watched.delete(target);
  pending.delete(target);
}
