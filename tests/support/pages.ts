// The pages the component tests put an element in, and the keyboard moves over them.
import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadFeature } from '../../src/chrome/lazy-features.js';
import type { DwArticle } from '../../src/dw-article.js';
import '../../src/index.js';
import { untyped } from './helpers.js';

/** A `<dw-article>` inside the page's `main`, with `attributes`, showing `doc` when given, rendered. */
export async function articleInMain(attributes = '', doc?: unknown): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article ${attributes}></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  if (doc !== undefined) el.article = untyped(doc);
  await el.updateComplete;
  return el;
}

/** The recommended placement: skip links, the host's header, its main, its footer. */
export async function hostPage(attributes = 'menu-target="#main-menu" sites-target="#more-sites"') {
  const page = await fixture<HTMLElement>(
    `<div>
      <dw-article ${attributes}>
        <header slot="header"><nav id="main-menu" aria-label="Main menu"><a href="#germany">Germany</a></nav></header>
        <main></main>
        <footer slot="footer"><nav id="more-sites" aria-label="More DW sites"><a href="#akademie">DW Akademie</a></nav></footer>
      </dw-article>
    </div>`,
  );
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  return { page, el };
}

export function skipLinks(el: DwArticle): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll('a')];
}

export function headline(el: Element): HTMLElement {
  return el.querySelector('article :is(h1, h2, h3, h4, h5, h6)')!;
}

/** Tabs from the top of the page until `count` stops have been made. */
export async function tab(count = 1, shift = false) {
  for (let i = 0; i < count; i++) await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
}

/** Puts keyboard focus before everything on the page, as a fresh page load does. */
export async function focusPageStart(page: HTMLElement) {
  const start = document.createElement('button');
  start.textContent = 'start';
  page.before(start);
  start.focus();
  await sendKeys({ press: 'Tab' });
  start.remove();
}

export const settingsKey = 'dw-article-settings';

/**
 * For tests about read aloud and the reader settings themselves: both loaded first (loading
 * them on first use is lazy-features.test.ts's), and the settings a test kept forgotten after it.
 */
export function withFeaturesLoaded(): void {
  before(() => Promise.all([loadFeature('dw-read-aloud'), loadFeature('dw-reader-settings')]));
  afterEach(() => localStorage.removeItem(settingsKey));
}
