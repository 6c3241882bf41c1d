import { expect } from '@open-wc/testing';
import { articleInMain } from '../../support/pages.js';
import { richArticle } from '../../fixtures/articles.js';

describe('<dw-article> structured data', () => {
  describe('structured data', () => {
    it('emits NewsArticle JSON-LD that says what the page shows', async () => {
      const el = await articleInMain('structured-data');
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0].textContent!);
      const text = (selector: string) => el.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal(text('article h1'));
      expect(data.inLanguage).to.equal(el.querySelector('article')!.lang);
      expect(data.datePublished).to.equal(el.querySelector('time')!.getAttribute('datetime'));
      expect(data.description).to.equal(text('.dw-teaser'));
      expect(data.url).to.equal(el.querySelector<HTMLAnchorElement>('.dw-short-link a')!.href);
      expect(data.image.contentUrl).to.equal(el.querySelector('img')!.src);
      expect(data.image.caption).to.deep.equal({
        '@value': text('.dw-caption'),
        '@language': el.querySelector<HTMLElement>('.dw-caption')!.lang,
      });
      expect(data.image.creditText).to.equal(text('.dw-credit bdi'));
      expect(data.sourceOrganization).to.deep.equal([
        { '@type': 'Organization', name: 'Deutsche Presse-Agentur', alternateName: 'dpa' },
        { '@type': 'Organization', name: 'Associated Press', alternateName: 'AP' },
      ]);
      for (const { alternateName } of data.sourceOrganization) expect(text('.dw-credits')).to.contain(alternateName);
      expect(data.articleBody.split('\n\n')).to.deep.equal(
        [...el.querySelectorAll('.dw-body p')].map((p) => p.textContent),
      );
    });

    it('follows the article shown, and is absent without the attribute', async () => {
      const el = await articleInMain('structured-data');
      el.article = {
        lang: 'en',
        headline: { text: 'Another', lang: 'en' },
        published: '2020-01-01',
        body: [{ text: 'Body.', lang: 'en' }],
      };
      await el.updateComplete;
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!).headline).to.equal('Another');
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
      expect((await articleInMain()).querySelector('script')).to.equal(null);
    });

    it('carries every image, the whole text of a rich body and the other languages', async () => {
      const el = await articleInMain('structured-data');
      el.article = richArticle;
      await el.updateComplete;
      const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(data.inLanguage).to.equal('en');
      expect(
        data.image.map((image: { caption: string | { '@value': string; '@language': string } }) => image.caption),
      ).to.deep.equal([
        { '@value': 'Bildunterschrift des Testartikels: ein Platzhalter für das Aufmacherfoto', '@language': 'de' },
        'A caption in English for the second figure',
      ]);
      const body: string = data.articleBody;
      for (const text of [
        'A subheading below the headline',
        'An unordered list item',
        'A quotation of two paragraphs keeps both, in the order they were said.',
        '— A speaker invented for this fixture',
        'and the meeting took place at the Parlement européen in Strasbourg.',
        'The last paragraph is plain text again.',
      ]) {
        expect(body).to.contain(text);
      }
      expect(body).not.to.contain('A related article in English');
      expect(
        data.workTranslation.map((t: { inLanguage: string; url: string }) => `${t.inLanguage} ${t.url}`),
      ).to.deep.equal([
        'de https://example.com/dw-article/rich-test-fixture-de',
        'ar https://example.com/dw-article/rich-test-fixture-ar',
      ]);
    });
  });
});
