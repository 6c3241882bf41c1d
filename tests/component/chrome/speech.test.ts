import { expect } from '@open-wc/testing';
import { articleInMain } from '../../support/pages.js';
import { passagesOf } from '../../../src/chrome/speech.js';
import { richArticle, seedArticle } from '../../fixtures/articles.js';

describe('what "Listen" reads', () => {
  it('reads the seed as before: headline, teaser, caption, then each paragraph, one passage each', async () => {
    const el = await articleInMain('', seedArticle);
    const passages = passagesOf(el.querySelector('article'));
    expect(passages.map((p) => p.lang)).to.deep.equal(['en', 'en', 'de', ...Array(10).fill('en')]);
    expect(passages[2].text).to.equal(seedArticle.image!.caption!.text);
  });

  it('reads a phrase in another language as a passage of its own, highlighting the phrase alone', async () => {
    const el = await articleInMain('', richArticle);
    const passages = passagesOf(el.querySelector('article'));
    const quoted = passages.findIndex((p) => p.text === 'A minister was quoted in German:');
    expect(passages.slice(quoted, quoted + 5).map((p) => [p.lang, p.text, p.element.localName])).to.deep.equal([
      ['en', 'A minister was quoted in German:', 'p'],
      ['de', 'Wir schaffen das', 'q'],
      ['en', ', and the meeting took place at the', 'p'],
      ['fr', 'Parlement européen', 'span'],
      ['en', 'in Strasbourg.', 'p'],
    ]);
  });

  it('reads subheadings, quotes with their attribution, list items and every caption, in order', async () => {
    const el = await articleInMain('', richArticle);
    const texts = passagesOf(el.querySelector('article')).map((p) => `${p.lang} ${p.text}`);
    const order = [
      'en Test fixture: every kind of block and run in one article',
      'de Bildunterschrift des Testartikels: ein Platzhalter für das Aufmacherfoto',
      'en A subheading below the headline',
      'en A quotation of two paragraphs keeps both, in the order they were said.',
      'en A speaker invented for this fixture',
      'de Ein ganzes Zitat auf Deutsch, für diesen Testartikel geschrieben.',
      'de Eine erfundene Sprecherin',
      'en Lists',
      'en An unordered list item',
      'fr Un élément de liste en français',
      'en The first step',
      'en A caption in English for the second figure',
      'en The last paragraph is plain text again.',
    ];
    const positions = order.map((text) => texts.indexOf(text));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(texts),
    ).to.equal(true);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    // No interface text: the labels screen readers hear are not read aloud.
    expect(texts.filter((t) => /Image caption|Image:|Short link|Copy link/.test(t))).to.deep.equal([]);
  });
});
