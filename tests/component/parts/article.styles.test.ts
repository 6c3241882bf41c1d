import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { loadFeature } from '../../../src/chrome/lazy-features.js';
import { richArticle } from '../../fixtures/articles.js';
import { itInChromium } from '../../support/helpers.js';

// These tests are about the features themselves, so they are loaded first; loading them on
// first use is tested in lazy.test.ts.
before(() => Promise.all([loadFeature('dw-read-aloud'), loadFeature('dw-reader-settings')]));

async function article(attributes = ''): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article ${attributes}></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  return el;
}

const settingsKey = 'dw-article-settings';

describe('<dw-article> article styles', () => {
  afterEach(() => localStorage.removeItem(settingsKey));

  describe('print', () => {
    itInChromium('prints the article without controls, with the short link as text and the figure whole', async () => {
      const el = await article('menu-target="main"');
      await emulateMedia({ media: 'print' });
      try {
        const hidden = (element: Element | null) => getComputedStyle(element!).display === 'none';
        expect(hidden(el.querySelector('.dw-toolbar'))).to.equal(true);
        expect(hidden(el.querySelector('.dw-copy-link'))).to.equal(true);
        expect(hidden(el.shadowRoot!.querySelector('.skip-links'))).to.equal(true);
        expect(hidden(el.querySelector('.dw-short-link a'))).to.equal(false);
        expect(hidden(el.querySelector('.dw-credits'))).to.equal(false);
        expect(getComputedStyle(el.querySelector('.dw-figure')!).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    itInChromium('prints every figure, quote and related box of a rich article whole', async () => {
      const el = await article();
      el.article = richArticle;
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        const kept = [...el.querySelectorAll('.dw-figure, .dw-quote, .dw-related')].map(
          (part) => `${part.className} ${getComputedStyle(part).breakInside}`,
        );
        expect(kept).to.deep.equal([
          'dw-figure dw-lead avoid',
          'dw-quote avoid',
          'dw-quote avoid',
          'dw-figure avoid',
          'dw-related avoid',
        ]);
        expect(getComputedStyle(el.querySelector('.dw-alternates')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
