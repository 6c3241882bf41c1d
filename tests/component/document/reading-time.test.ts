import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { readingMinutes } from '../../../src/document/reading-time.js';
import { parseArticle } from '../../../src/document/schema.js';

describe('reading time', () => {
  describe('reading time', () => {
    const words = (count: number, word: string) => Array.from({ length: count }, () => word).join(' ');
    const doc = (text: string, lang: string) =>
      parseArticle({ lang, headline: { text: 'x', lang }, published: '2020-01-01', body: [{ text, lang }] });

    it('reads each part at the speed of its own language', () => {
      expect(readingMinutes(doc(words(684, 'word'), 'en'))).to.equal(3);
      expect(readingMinutes(doc(words(684, 'Wort'), 'de'))).to.equal(4);
      expect(readingMinutes(doc(words(684, 'كلمة'), 'ar'))).to.equal(5);
      // Chinese is counted in characters, 255 a minute: 1,020 characters and the headline's one.
      expect(readingMinutes(doc('学生，'.repeat(510), 'zh'))).to.equal(4);
      expect(readingMinutes(doc('Short.', 'en'))).to.equal(1);
    });

    it('reads every run of a rich body at the speed of its own language', () => {
      const rich = (phraseLang: string) =>
        parseArticle({
          lang: 'en',
          headline: { text: 'x', lang: 'en' },
          published: '2020-01-01',
          body: [
            { type: 'heading', level: 2, children: [words(100, 'word')] },
            { type: 'paragraph', children: [{ type: 'span', lang: phraseLang, children: [words(800, 'Wort')] }] },
            { type: 'list', items: [{ children: [{ type: 'em', children: [words(100, 'word')] }] }] },
          ],
        });
      // 200 English words (0.88 min) and 800 German ones (4.47 min), or 1,001 English ones.
      expect(readingMinutes(rich('de'))).to.equal(5);
      expect(readingMinutes(rich('en'))).to.equal(4);
    });
  });
});
