// A page whose Trusted Types rules refuse the importer's policy (simulated: the check runs in a
// page of its own, before any policy was made). The string path says what to do; a parsed
// Document needs no policy at all.
import { expect } from '@open-wc/testing';
import { htmlToArticle } from '../../../src/document/html-to-article.js';

const page = '<article lang="en"><h1>Headline</h1><time datetime="2024-01-01"></time><p>Text.</p></article>';

describe('htmlToArticle under Trusted Types', () => {
  it('names the policy a page has to allow when it refuses it, and works with a parsed Document', () => {
    const real = Object.getOwnPropertyDescriptor(globalThis, 'trustedTypes');
    let policies = 0;
    Object.defineProperty(globalThis, 'trustedTypes', {
      configurable: true,
      value: {
        createPolicy: (name: string) => {
          policies++;
          throw new TypeError(`Policy "${name}" disallowed.`);
        },
      },
    });
    try {
      let message = '';
      try {
        htmlToArticle(page);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).to.match(/do not allow the policy "dw-article-import".*pass the Document/);
      const parsed = new DOMParser().parseFromString(page, 'text/html');
      expect(htmlToArticle(parsed).article.body).to.deep.equal([{ text: 'Text.', lang: 'en' }]);
      expect(policies).to.equal(1);
    } finally {
      if (real) Object.defineProperty(globalThis, 'trustedTypes', real);
      else delete (globalThis as { trustedTypes?: unknown }).trustedTypes;
    }
  });
});
