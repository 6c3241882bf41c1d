import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/**
 * The one place elements are registered: each tag once, so a second copy of the package on a
 * page (or a second import) is harmless.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  withHydrationSupport();
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/**
 * Lit's hydration support (`hydrate.js`) patches LitElement as Lit loads, so it has to load
 * first. A bundler that hoists Lit above it (Next.js's Turbopack merges modules and does) leaves
 * LitElement unpatched: server-rendered shadow roots would be rendered again and
 * `defer-hydration` ignored. Patched here instead, before the first element is defined. (The
 * patch gives LitElement an `observedAttributes` of its own; Lit's own has none.)
 */
function withHydrationSupport(): void {
  const support = (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport;
  if (support && !Object.hasOwn(LitElement, 'observedAttributes')) support({ LitElement });
}
