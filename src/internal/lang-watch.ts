/*
 * Charts take their language from the nearest ancestor with `lang` in their own tree, else in their
 * shadow host's tree, and so on up to their document: an iframe's, once a chart is moved there. Each
 * root on that way (a document or a shadow root) is watched by one MutationObserver, filtered to
 * `lang`, shared by the charts under it and disconnected when the last one leaves. The roots hold
 * their observers (a WeakMap), not this module: an iframe removed with charts in it never tells them
 * they left, and its document must still be freed, observer and all.
 */
type Chart = { langChanged(): void };

const watched = new WeakMap<Node, [MutationObserver, Set<Chart>]>();

/** The `lang` of `element`'s nearest ancestor with one, itself included, across shadow roots. */
export const langAbove = (element: Element | undefined): string | undefined =>
  element && (element.closest('[lang]')?.getAttribute('lang') ?? langAbove((element.getRootNode() as ShadowRoot).host));

/** Follows every root `element`'s language is looked for in; returns them, for `unwatchLang`. */
export function watchLang(chart: Chart, element: Element | undefined): Node[] {
  const roots: Node[] = [];
  for (let root: Node; element; element = (root as ShadowRoot).host) {
    roots.push((root = element.getRootNode()));
    let watch = watched.get(root);
    if (!watch) {
      const charts = new Set<Chart>();
      const observer = new MutationObserver(() => charts.forEach((each) => each.langChanged()));
      observer.observe(root, { attributeFilter: ['lang'], subtree: true });
      watched.set(root, (watch = [observer, charts]));
    }
    watch[1].add(chart);
  }
  return roots;
}

export function unwatchLang(chart: Chart, roots: Node[]): void {
  for (const root of roots) {
    const [observer, charts] = watched.get(root)!;
    charts.delete(chart);
    if (!charts.size) {
      observer.disconnect();
      watched.delete(root);
    }
  }
}
