export type SkipKey = 'content' | 'mainMenu' | 'moreSites';

export const skipKeys: readonly SkipKey[] = ['content', 'mainMenu', 'moreSites'];

/**
 * The host-page element a skip link goes to, looked up by CSS selector in the element's own
 * tree (document or enclosing shadow root), then in the document; or why there is none.
 */
export function findHostTarget(from: Element, attribute: string, selector: string | undefined): HTMLElement | string {
  if (!selector) return `no ${attribute} attribute`;
  const root = from.getRootNode() as Document | ShadowRoot;
  try {
    const target = root.querySelector(selector) ?? document.querySelector(selector);
    return target instanceof HTMLElement ? target : `${attribute}="${selector}" matches no element`;
  } catch {
    return `${attribute}="${selector}" is not a valid CSS selector`;
  }
}
