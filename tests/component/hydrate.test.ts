// The entry for server-rendered pages, first: Lit's hydration support has to be there before Lit.
import '../../src/hydrate.js';
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/document/schema.js';
import { richArticle } from '../fixtures/articles.js';
import { describeElement } from '../support/helpers.js';
import { errorsDuring, followSkipToContent, serverRendered } from '../support/server-rendered.js';

describe('dw-article/hydrate.js', () => {
  for (const locale of ['en', 'de']) {
    it(`takes over a server-rendered ${locale} element as it is: the same nodes, no error, skip links working`, async () => {
      const { host, el } = await serverRendered(locale);
      expect(el.shadowRoot, 'declarative shadow DOM parsed').to.not.equal(null);
      const nav = el.shadowRoot!.querySelector('nav.skip-links');
      const article = el.querySelector('article');
      const headline = article?.querySelector('h1');
      const text = article?.textContent;
      expect([nav, article, headline].map((node) => node !== null)).to.deep.equal([true, true, true]);
      let loads = 0;
      el.addEventListener('dw-load', () => loads++);
      const errors = await errorsDuring(async () => {
        document.body.append(host);
        await el.updateComplete;
      });
      try {
        expect(errors).to.deep.equal([]);
        // Hydrated, not rendered again: the server's nodes are the ones in the page.
        expect({
          sameNav: el.shadowRoot!.querySelector('nav.skip-links') === nav,
          sameArticle: el.querySelector('article') === article,
          sameText: el.querySelector('article')?.textContent === text,
          serverStandIns: el.querySelectorAll('[data-dw-server]').length,
          loads,
        }).to.deep.equal({ sameNav: true, sameArticle: true, sameText: true, serverStandIns: 0, loads: 1 });
        expect(el.article?.headline.text).to.equal(headline!.textContent!.trim());
        // The hydrated skip link moves focus, from the keyboard.
        expect(nav!.getAttribute('lang')).to.equal(locale);
        expect(await followSkipToContent(el)).to.equal(describeElement(headline));
      } finally {
        host.remove();
      }
    });
  }

  it('takes over a server-rendered rich article unchanged, and reads the same document back from it', async () => {
    const { host, el } = await serverRendered('de', 'rich-test-fixture');
    const body = el.querySelector('.dw-body')!;
    const before = body.innerHTML;
    const errors = await errorsDuring(async () => {
      document.body.append(host);
      await el.updateComplete;
    });
    try {
      expect(errors).to.deep.equal([]);
      expect(el.querySelector('.dw-body') === body, 'the same body').to.equal(true);
      expect(body.innerHTML === before, 'its markup untouched').to.equal(true);
      expect(el.article).to.deep.equal(parseArticle(richArticle));
    } finally {
      host.remove();
    }
  });
});
