/*
 * Charts take their language from the nearest ancestor with `lang`. One MutationObserver on the
 * document, filtered to `lang`, tells every chart when any of them may have changed.
 */
type Chart = { langChanged(): void };

const charts = new Set<Chart>();
let observer: MutationObserver | undefined;

export function watchLang(chart: Chart): void {
  charts.add(chart);
  if (!observer) {
    observer = new MutationObserver(() => charts.forEach((each) => each.langChanged()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

export function unwatchLang(chart: Chart): void {
  charts.delete(chart);
  if (charts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
