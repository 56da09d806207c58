import { render, type TemplateResult } from 'lit';

/** Whether two lists hold the same values, each the same object. */
export const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** What a chart draws: a template, or an element drawn once. */
export type Drawing = TemplateResult | Element;

/** A chart, which keeps what it drew once and what for. */
export interface DrawsOnce {
  _drawnOnce?: [key: readonly unknown[], node: Element];
}

/**
 * Marks that change only with what they show (the timeline's entries down the page, the violence
 * report's grid or list), drawn by Lit once for `key`, the parts of the model they show, and then
 * kept as plain DOM: Lit's record of their bindings goes, about ten objects an entry, half a chart's
 * JS heap (issue 17). `chart` keeps them; they are drawn again when a part of `key` is another
 * object: the models they show are laid out once per data and language, so a width change keeps
 * them. The one thing a reader changes in them, the focus ring, is set here: class `focus-mark` on
 * the mark of point `active` (its `data-point`), none at -1. `draw` gives one element.
 */
export function drawnOnce(chart: DrawsOnce, key: readonly unknown[], draw: () => TemplateResult, active: number): Element {
  if (!chart._drawnOnce || !same(key, chart._drawnOnce[0])) chart._drawnOnce = [key, drawn(draw())];
  const node = chart._drawnOnce[1];
  node.querySelector('.focus-mark')?.classList.remove('focus-mark');
  node.querySelector(`[data-point="${active}"]`)?.classList.add('focus-mark');
  return node;
}

/**
 * One element drawn by Lit and kept as plain DOM: drawn into a fragment that nothing keeps, its parts
 * go with it and its element stays, and so do Lit's marker comments, which mark where parts were.
 * Its bindings can never change again: it is drawn anew for new content. Not for a template that
 * listens to events: a listener keeps its part, and the part the whole record of the template.
 */
export function drawn(template: TemplateResult): Element {
  const fragment = new DocumentFragment();
  render(template, fragment);
  const comments = document.createNodeIterator(fragment, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let comment; (comment = comments.nextNode()); ) (comment as Comment).remove();
  return fragment.firstElementChild!;
}
