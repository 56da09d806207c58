/*
 * One ResizeObserver for every chart on the page: fifty embeds cost one observer, not fifty.
 * Widths are measured in the observer's callback and applied in the next animation frame, all
 * charts together: drawing inside the callback would change the charts' heights while the browser
 * is still delivering sizes, which it reports as a "ResizeObserver loop" error. Each chart thus
 * redraws at most once per frame, and DOM reads never interleave with writes.
 */
type Listener = (width: number) => void;

const listeners = new Map<Element, Listener>();
const pending = new Map<Element, number>();
let observer: ResizeObserver | undefined;
let frame = 0;

function flush(): void {
  frame = 0;
  const widths = [...pending];
  pending.clear();
  for (const [target, width] of widths) listeners.get(target)?.(width);
}

export function observeWidth(target: Element, listener: Listener): void {
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      pending.set(entry.target, Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width));
    }
    frame ||= requestAnimationFrame(flush);
  });
  listeners.set(target, listener);
  observer.observe(target);
}

export function unobserveWidth(target: Element): void {
  listeners.delete(target);
  pending.delete(target);
  observer?.unobserve(target);
}
