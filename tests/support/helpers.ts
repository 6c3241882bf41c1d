import type { AxeResults } from 'axe-core';
import { deepActiveElement } from '../../src/chrome/focus.js';
import type { ArticleInput } from '../../src/document/schema.js';
import { axeTags } from './axe-tags.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** Runs axe (the project's tags, nothing disabled) on `context`; returns the violated rule ids. */
export async function axeViolations(context: Element): Promise<string[]> {
  if (!window.axe) await import('axe-core/axe.min.js' as string);
  const results: AxeResults = await window.axe.run(context, { runOnly: { type: 'tag', values: axeTags } });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The language a node is in, as the page resolves it: nearest `lang`, across shadow roots. */
export function resolvedLang(node: Node): string {
  for (let current: Node | null = node; current;) {
    if (current instanceof Element && current.hasAttribute('lang')) {
      const lang = current.getAttribute('lang')!;
      // The browser must agree: its own :lang() matching for the text's parent element.
      const parent = node instanceof Element ? node : (node.parentElement ?? (node.parentNode as ShadowRoot).host);
      if (!parent.matches(`:lang(${lang})`)) throw new Error(`the browser does not resolve ${lang} here`);
      return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return '';
}

/**
 * The text under `root`, element by element (the text nodes of one element joined, however a
 * renderer split them), with the language each resolves to.
 */
export function languagesOfText(root: Node): { text: string; lang: string }[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: { text: string; lang: string; parent: Element | null }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const last = found.at(-1);
    if (last && last.parent === node.parentElement) last.text += node.textContent;
    else found.push({ text: node.textContent!, lang: resolvedLang(node), parent: node.parentElement });
  }
  return found.map(({ text, lang }) => ({ text: text.replace(/\s+/g, ' ').trim(), lang })).filter(({ text }) => text);
}

/** Records what `console[method]` is given while `during` runs (and keeps it off the console). */
export async function captureConsole(method: 'warn' | 'error', during: () => Promise<unknown>): Promise<string[]> {
  const said: string[] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => said.push(args.map(String).join(' '));
  try {
    await during();
  } finally {
    console[method] = original;
  }
  return said;
}

/** Records console.warn calls while `during` runs. */
export function captureWarnings(during: () => Promise<unknown>): Promise<string[]> {
  return captureConsole('warn', during);
}

/** Waits for the next two frames (layout and scrolling settled). */
export function frames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Runs `during` with console.error and console.warn silenced (for states that report errors). */
export async function quietly<T>(during: () => Promise<T>): Promise<T> {
  const { error, warn } = console;
  console.error = console.warn = () => {};
  try {
    return await during();
  } finally {
    Object.assign(console, { error, warn });
  }
}

/** The engine running the tests. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * For tests that need a runner command only Chromium has (it goes through CDP: the
 * accessibility tree, media emulation): they run in Chromium and show as skipped elsewhere.
 */
export const itInChromium = engine === 'chromium' ? it : it.skip;

const elementNumbers = new WeakMap<Element, number>();
let numbered = 0;

/**
 * An element as a plain, readable string for assertions ("h1#dw-article-1-headline "IS push
 * could…" (element 3)"), unique per element: a failing comparison then prints what was
 * focused instead of trying to print a live element, which can hang the runner.
 */
export function describeElement(element: Element | null | undefined): string {
  if (!element) return 'nothing';
  if (!elementNumbers.has(element)) elementNumbers.set(element, ++numbered);
  const text = element.textContent!.replace(/\s+/g, ' ').trim();
  const id = element.id ? `#${element.id}` : '';
  return `${element.localName}${id}${text ? ` "${text.slice(0, 30)}"` : ''} (element ${elementNumbers.get(element)})`;
}

/** What has keyboard focus now, looking inside shadow roots, as `describeElement` gives it. */
export function focused(): string {
  return describeElement(deepActiveElement());
}

/**
 * A value given to `.article` as plain JavaScript would give it, unchecked by the types: an
 * invalid document on purpose, or a fixture whose shape the compiler cannot see.
 */
export function untyped(value: unknown): ArticleInput {
  return value as ArticleInput;
}
