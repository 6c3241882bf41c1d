import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { articleInMain } from '../../support/pages.js';
import { richArticle } from '../../fixtures/articles.js';
import { itInChromium } from '../../support/helpers.js';

describe('<dw-article> article styles', () => {
  describe('print', () => {
    itInChromium('prints the article without controls, with the short link as text and the figure whole', async () => {
      const el = await articleInMain('menu-target="main"');
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
      const el = await articleInMain();
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
