// The benchmark's hooks for the dw-article pages; the element itself comes from the page's
// own script (the single-file bundle), so nothing here adds to its bytes.
import type { DwArticle } from '../../src/dw-article.js';
import { benchHooks } from './hooks.js';

const defined = customElements.whenDefined('dw-article');
benchHooks({
  create: () => {
    const element = document.createElement('dw-article');
    element.append(document.createElement('main'));
    return element;
  },
  ready: async (element) => {
    await defined;
    await (element as DwArticle).updateComplete;
  },
  switchLocale: async (element, locale) => {
    (element as DwArticle).locale = locale;
    await (element as DwArticle).updateComplete;
  },
});
