import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { DwArticle } from '../../src/dw-article.js';
import { currentI18n } from '../../src/i18n/i18next-instance.js';
import { loadLocale } from '../../src/i18n/locales.js';
import { seedArticle } from '../fixtures/articles.js';

type Observed = { observers: Record<string, Map<unknown, number>> };

/** Listeners i18next holds, on the instance and its stores. */
function i18nextListeners(): number {
  const i18n = currentI18n();
  if (!i18n) return 0;
  const emitters = [
    i18n,
    i18n.store,
    i18n.services.backendConnector,
    i18n.services.languageUtils,
  ] as unknown as Observed[];
  return emitters
    .filter((emitter) => emitter?.observers)
    .flatMap((emitter) => Object.values(emitter.observers))
    .reduce((sum, listeners) => sum + [...listeners.values()].reduce((a, b) => a + b, 0), 0);
}

/**
 * Counts, while `during` runs, listeners added to and removed from window and document, and
 * timers and frames requested and cancelled. Whatever is left over is a leak.
 */
async function countLeftovers(during: () => Promise<void>): Promise<Record<string, number>> {
  const left = { listeners: 0, timers: 0, frames: 0 };
  const targets = new Set<EventTarget>([window, document]);
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
  };
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = saved;
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = saved;
  const timers = new Set<number>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof addEventListener>) {
    if (targets.has(this)) left.listeners++;
    return addEventListener.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    ...args: Parameters<typeof removeEventListener>
  ) {
    if (targets.has(this)) left.listeners--;
    return removeEventListener.apply(this, args);
  };
  const track = (id: number) => (timers.add(id), id);
  Object.assign(window, {
    setTimeout: (handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id: number = st(() => (timers.delete(id), typeof handler === 'function' && handler(...rest)), ms);
      return track(id);
    },
    clearTimeout: (id: number) => (timers.delete(id), ct(id)),
    setInterval: (...args: Parameters<typeof setInterval>) => track(si(...args)),
    clearInterval: (id: number) => (timers.delete(id), ci(id)),
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      left.frames++;
      return raf((time) => (left.frames--, callback(time)));
    },
    cancelAnimationFrame: (id: number) => (left.frames--, caf(id)),
  });
  try {
    await during();
  } finally {
    Object.assign(EventTarget.prototype, { addEventListener, removeEventListener });
    Object.assign(window, saved);
  }
  left.timers = timers.size;
  return left;
}

describe('<dw-article> lifecycle', () => {
  it('leaves no listeners on window, document or i18next, and no timers, after 1,000 connects and disconnects', async () => {
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('dw-article');
    // i18next is loaded with the first locale but English: counted from then on.
    await loadLocale('de');
    const i18nextBefore = i18nextListeners();
    const left = await countLeftovers(async () => {
      for (let i = 0; i < 1000; i++) {
        page.append(el);
        if (i % 100 === 0) el.locale = i % 200 === 0 ? 'de' : 'en';
        await el.updateComplete;
        el.remove();
      }
    });
    expect(left).to.deep.equal({ listeners: 0, timers: 0, frames: 0 });
    expect(i18nextListeners()).to.equal(i18nextBefore);
    page.append(el);
    await el.updateComplete;
    expect(el.querySelectorAll('article')).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('nav')).to.have.length(1);
  });

  it('picks up a locale change made while disconnected when it is connected again', async () => {
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const el = document.createElement('dw-article');
    page.append(el);
    await el.updateComplete;
    el.remove();
    el.locale = 'de';
    page.append(el);
    await el.updateComplete;
    expect(el.querySelector('time')!.textContent).to.equal('3. Dezember 2014');
  });

  it('follows the page language of its new place when it moves without a locale of its own', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><section lang="en"></section><section lang="de"></section></div>`,
    );
    const [english, german] = page.querySelectorAll('section');
    const el = document.createElement('dw-article');
    english.append(el);
    await el.updateComplete;
    expect(el.querySelector('time')!.getAttribute('lang')).to.equal('en');
    german.append(el);
    await el.updateComplete;
    expect(el.querySelector('time')!.getAttribute('lang')).to.equal('de');
  });

  it('keeps properties set before the element was defined', async () => {
    const page = await fixture<HTMLElement>(html`<main></main>`);
    const early = document.createElement('dw-article-early') as DwArticle;
    Object.assign(early, {
      article: { ...seedArticle, headline: { text: 'Set before the upgrade', lang: 'en' } },
      locale: 'de',
      headingLevel: 3,
    });
    page.append(early);
    customElements.define('dw-article-early', class extends DwArticle {});
    await early.updateComplete;
    expect(early.querySelector('article h3')!.textContent).to.equal('Set before the upgrade');
    expect(early.querySelector('time')!.textContent).to.equal('3. Dezember 2014');
  });

  it('survives a second copy of the package on the page: defining again does not throw', async () => {
    const original = customElements.get('dw-article');
    const secondCopy = new URL('../../src/index.ts?second-copy', import.meta.url).href;
    await import(/* @vite-ignore */ secondCopy);
    expect(customElements.get('dw-article')).to.equal(original);
  });
});
