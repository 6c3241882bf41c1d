/**
 * Features not every reader uses are loaded on first use: the toolbar shows a plain button for
 * each until then (inside the element's own tag, where the element's shadow root replaces it
 * once it is defined). Registering them here keeps registration in two places only: this
 * module, for these, and index.ts.
 */
const loaders = {
  'dw-read-aloud': () => import('./read-aloud.js').then((module) => module.DwReadAloud),
  'dw-reader-settings': () => import('./reader-settings.js').then((module) => module.DwReaderSettings),
} satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type LazyFeature = keyof typeof loaders;

export function isLazyFeature(tag: string): tag is LazyFeature {
  return Object.hasOwn(loaders, tag);
}

/** Loads and registers a feature's element (once); resolves when it is defined. */
export async function loadFeature(tag: LazyFeature): Promise<void> {
  if (!customElements.get(tag)) {
    const element = await loaders[tag]();
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  await customElements.whenDefined(tag);
}
