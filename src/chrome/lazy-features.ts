/**
 * Features not every reader uses are loaded on first use: the toolbar shows a plain button for
 * each until then (inside the element's own tag, where the element's shadow root replaces it
 * once it is defined).
 */
import type { LitElement } from 'lit';
import { defineElement } from '../define.js';

const loaders = {
  'dw-read-aloud': () => import('./dw-read-aloud.js').then((module) => module.DwReadAloud),
  'dw-reader-settings': () => import('./dw-reader-settings.js').then((module) => module.DwReaderSettings),
} satisfies Record<string, () => Promise<CustomElementConstructor>>;

export type LazyFeature = keyof typeof loaders;

export function isLazyFeature(tag: string): tag is LazyFeature {
  return Object.hasOwn(loaders, tag);
}

/** Loads and registers a feature's element (once); resolves when it is defined. */
export async function loadFeature(tag: LazyFeature): Promise<void> {
  if (!customElements.get(tag)) defineElement(tag, await loaders[tag]());
  await customElements.whenDefined(tag);
}

/**
 * The first use of a feature through its stand-in button (`data-dw-feature`): loads it, then
 * does what the stand-in was pressed for, on the real control, which takes the focus.
 */
export async function openFeature(standIn: Element): Promise<void> {
  const tag = standIn.getAttribute('data-dw-feature') ?? '';
  const control = isLazyFeature(tag) ? standIn.closest<LitElement>(tag) : null;
  if (!control || !isLazyFeature(tag)) return;
  await loadFeature(tag);
  await control.updateComplete;
  const button = control.shadowRoot?.querySelector('button');
  button?.focus();
  button?.click();
}
