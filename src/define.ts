/**
 * The one place elements are registered: each tag once, so a second copy of the package on a
 * page (or a second import) is harmless.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
