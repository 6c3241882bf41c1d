import { expect } from '@open-wc/testing';
import { articleInMain } from '../../support/pages.js';
import { currentI18n } from '../../../src/i18n/i18next-instance.js';
import { registerLocale } from '../../../src/i18n/locales.js';
import { quietly } from '../../support/helpers.js';
import { richArticle } from '../../fixtures/articles.js';

/** Test fixtures: one string each of two locales a page adds itself. */
const portugueseFixture = { skipLinks: { content: 'Ir para o conteúdo' } };
const italianFixture = { skipLinks: { content: 'Vai al contenuto' } };

describe('<dw-article> switching interface locale', () => {
  describe('switching', () => {
    it('ends on the last of de, ar, ru set within one frame, showing nothing else on the way', async () => {
      for (const locale of ['de', 'ar', 'ru'] as const) currentI18n()?.removeResourceBundle(locale, 'translation');
      const el = await articleInMain(`locale="en"`);
      const shown = new Set<string>();
      const observer = new MutationObserver(() => shown.add(el.shadowRoot!.querySelector('a')!.textContent!));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      el.locale = 'de';
      el.locale = 'ar';
      el.locale = 'ru';
      await el.updateComplete;
      observer.disconnect();
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Перейти к содержанию');
      expect([...shown].filter((text) => text !== 'Skip to content')).to.deep.equal(['Перейти к содержанию']);
      expect(el.shadowRoot!.querySelector('nav')!.dir).to.equal('ltr');
    });

    it('ends on the last locale when the earlier ones are still loading', async () => {
      for (const locale of ['de', 'ar', 'ru'] as const) currentI18n()?.removeResourceBundle(locale, 'translation');
      const el = await articleInMain(`locale="en"`);
      for (const locale of ['de', 'ar', 'ru']) {
        el.locale = locale;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Перейти к содержанию');
      expect(el.querySelector('time')!.lang).to.equal('ru');
    });

    it('a switch changes only what depends on the locale: the body stays, labels, date and reading time change', async () => {
      const el = await articleInMain(`locale="en"`, richArticle);
      el.locale = 'de';
      await el.updateComplete;
      el.locale = 'en';
      await el.updateComplete;
      const paragraphs = [...el.querySelectorAll('.dw-body p')];
      const changed = new Set<Element>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement!;
          changed.add(target.closest('[data-dw-label], time, .dw-reading-time') ?? target);
        }
      });
      observer.observe(el.querySelector('article')!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      el.locale = 'de';
      await el.updateComplete;
      observer.disconnect();
      expect(
        [...el.querySelectorAll('.dw-body p')].every((p, i) => p === paragraphs[i]),
        'the same paragraphs',
      ).to.equal(true);
      const outside = [...changed].filter((element) => !element.matches('[data-dw-label], time, .dw-reading-time'));
      expect(outside.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
      expect(changed.size).to.be.greaterThan(3);
      // And what changed says it in German, marked German.
      const label = el.querySelector<HTMLElement>('[data-dw-label="article.shortLink"]')!;
      expect([label.textContent!.trim(), label.lang]).to.deep.equal(['Kurzlink', 'de']);
      expect(el.querySelector('time')!.lang).to.equal('de');
    });

    it('keeps a locale asked for later when an earlier one finishes loading after it', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      // A locale of the page's own that arrives late; English is already here and is shown at once.
      registerLocale('pt', () => held.then(() => portugueseFixture));
      const el = await articleInMain(`locale="de"`);
      el.locale = 'pt';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      el.locale = 'en';
      await el.updateComplete;
      release();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect([el.shadowRoot!.querySelector('a')!.textContent, el.querySelector('time')!.lang]).to.deep.equal([
        'Skip to content',
        'en',
      ]);
    });

    it('falls back to English when a locale fails to load, says so in dw-locale-error, and tries again when asked again', async () => {
      let online = false;
      registerLocale('it', async () => {
        if (!online) throw new TypeError('offline');
        return italianFixture;
      });
      const el = await articleInMain(`locale="de"`);
      await quietly(async () => {
        const failed = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('dw-locale-error', resolve, { once: true }),
        );
        el.locale = 'it';
        const { detail } = await failed;
        expect(detail).to.deep.equal({ locale: 'it', fallback: 'en', message: 'offline' });
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Skip to content');
      expect(el.querySelector('time')!.lang).to.equal('en');
      online = true;
      el.locale = 'de';
      await el.updateComplete;
      el.locale = 'it';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal(italianFixture.skipLinks.content);
    });
  });
});
