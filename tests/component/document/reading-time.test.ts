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
  });
});
