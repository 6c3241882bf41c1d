import { expect, waitUntil } from '@open-wc/testing';
import { articleInMain } from '../../support/pages.js';
import { rightToLeftArticleUrl } from '../../fixtures/articles.js';

describe('<dw-article> writing direction', () => {
  describe('direction', () => {
    it('lays out an Arabic interface right to left around an English article that stays left to right', async () => {
      const el = await articleInMain(`locale="ar" menu-target="main"`);
      const nav = el.shadowRoot!.querySelector('nav')!;
      expect(nav.dir).to.equal('rtl');
      expect(el.querySelector<HTMLElement>('.dw-toolbar')!.dir).to.equal('rtl');
      const article = el.querySelector('article')!;
      expect([article.lang, getComputedStyle(article).direction]).to.deep.equal(['en', 'ltr']);
      expect(getComputedStyle(el.querySelector('.dw-body p')!).direction).to.equal('ltr');
      const time = el.querySelector('time')!;
      expect([time.lang, time.dir]).to.deep.equal(['ar', 'rtl']);
      // The focused skip link sits at the inline start: the right edge, in Arabic.
      const link = nav.querySelector('a')!;
      link.focus();
      const host = el.getBoundingClientRect();
      const box = link.getBoundingClientRect();
      expect(host.right - box.right, 'gap to the right edge').to.be.at.most(16);
      expect(box.left - host.left, 'gap to the left edge').to.be.greaterThan(host.right - box.right);
    });

    it('lays out an Arabic article right to left inside an English interface, isolating Latin runs', async () => {
      const el = await articleInMain(`locale="en" src="${rightToLeftArticleUrl}"`);
      await waitUntil(() => el.querySelector('article[dir="rtl"]'));
      const article = el.querySelector('article')!;
      expect([article.lang, article.dir, getComputedStyle(article).direction]).to.deep.equal(['ar', 'rtl', 'rtl']);
      const english = [...el.querySelectorAll<HTMLElement>('.dw-body p')].find((p) => p.lang === 'en')!;
      expect([english.dir, getComputedStyle(english).direction]).to.deep.equal(['ltr', 'ltr']);
      expect(el.querySelector('.dw-short-link a')!.getAttribute('dir')).to.equal('ltr');
      expect(el.querySelector('.dw-credits bdi')!.textContent).to.equal('dw-article test fixture');
      expect(el.querySelector('.dw-credit bdi')!.textContent).to.equal('dw-article test fixture');
      const time = el.querySelector('time')!;
      expect([time.lang, time.dir]).to.deep.equal(['en', 'ltr']);
      expect(el.querySelector<HTMLElement>('[data-dw-label="article.shortLink"]')!.dir).to.equal('ltr');
    });
  });
});
