/**
 * Registers `tag` unless it is already defined, so that two embeds of the kit on one page (the
 * whole bundle and a single-element module, or the same script twice) never throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
