import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { htmlToArticle } from '../../../src/document/html-to-article.js';
import { ArticleError } from '../../../src/document/schema.js';
import { hostilePage, hostilePageImport as expected } from '../../fixtures/hostile-page.mjs';

declare global {
  var __pwned: number | undefined;
}

const { base } = expected;

describe('htmlToArticle in the browser', () => {
  it('reads a CMS page through the allow-list: nothing runs while parsing, nothing unsafe survives', async () => {
    globalThis.__pwned = undefined;
    const { article, dropped } = htmlToArticle(hostilePage, { base });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(globalThis.__pwned, 'no script ran').to.equal(undefined);
    const json = JSON.stringify(article);
    const survived = expected.gone.filter((word) => json.includes(word));
    expect(survived).to.deep.equal([]);
    expect(article.headline).to.deep.equal({ text: 'A test page, as a CMS might write it', lang: 'en' });
    expect(article.body[1]).to.deep.equal(expected.richParagraph);
    expect(expected.reported.filter((line) => !dropped.some((d) => d.includes(line)))).to.deep.equal([]);
  });

  it('shows what it imported as an article, still with nothing that runs', async () => {
    globalThis.__pwned = undefined;
    const page = await fixture<HTMLElement>('<main><dw-article></dw-article></main>');
    const el = page.querySelector<DwArticle>('dw-article')!;
    el.article = htmlToArticle(hostilePage, { base }).article;
    await el.updateComplete;
    expect(globalThis.__pwned).to.equal(undefined);
    expect(el.querySelectorAll('script:not(.dw-structured-data), iframe, form, [onclick], [onerror]').length).to.equal(
      0,
    );
    expect(el.querySelector('.dw-body span[lang="de"]')?.textContent).to.equal('ein deutscher Satzteil');
  });

  it('takes a parsed document or an element too', () => {
    const doc = new DOMParser().parseFromString(
      '<article lang="de"><h1>Titel</h1><time datetime="2024-01-02"></time><p>Text.</p></article>',
      'text/html',
    );
    expect(htmlToArticle(doc).article.body).to.deep.equal([{ text: 'Text.', lang: 'de' }]);
    expect(htmlToArticle(doc.querySelector('article')!).article.headline).to.deep.equal({ text: 'Titel', lang: 'de' });
  });

  it('refuses HTML that holds no article, naming what is missing', () => {
    let error: unknown;
    try {
      htmlToArticle('<p>Only a paragraph.</p>');
    } catch (caught) {
      error = caught;
    }
    // No lang anywhere either: the page does not say what language it is in.
    expect(error instanceof ArticleError && error.issues).to.deep.equal([
      'lang: expected a BCP 47 language tag, got ""',
      'headline: required, but missing',
      'published: required, but missing',
      'body[0].lang: expected a BCP 47 language tag, got ""',
    ]);
  });

  it('never lets anything unsafe through, nor throws anything but ArticleError: 300 generated pages', () => {
    const tag = fc.constantFrom(
      'p',
      'h1',
      'h2',
      'em',
      'b',
      'a',
      'span',
      'div',
      'script',
      'iframe',
      'img',
      'figure',
      'blockquote',
      'ul',
      'li',
      'q',
      'abbr',
      'svg',
      'style',
      'time',
    );
    const attribute = fc.constantFrom(
      ' lang="de"',
      ' lang="xx-!"',
      ' href="javascript:globalThis.__pwned=1"',
      ' href="https://example.com/x"',
      ' href="//127.0.0.1:9/x"',
      ' onclick="globalThis.__pwned=1"',
      ' src="data:text/html,x" width="1" height="1"',
      ' title="t"',
      ' datetime="2024-01-01"',
      '',
    );
    const text = fc.constantFrom('Text', ' ', '<', '&amp;', '\u202E', 'مرحبا', 'globalThis.__pwned=1');
    const element = fc
      .tuple(tag, attribute, fc.array(text, { maxLength: 3 }))
      .map(([t, a, body]) => `<${t}${a}>${body.join('')}</${t}>`);
    const page = fc
      .array(element, { minLength: 1, maxLength: 12 })
      .map(
        (parts) =>
          `<html lang="en"><body><article><h1>Headline</h1><time datetime="2024-01-01"></time>${parts.join('')}</article></body></html>`,
      );
    fc.assert(
      fc.property(page, (html) => {
        globalThis.__pwned = undefined;
        let json = '';
        try {
          json = JSON.stringify(htmlToArticle(html).article);
        } catch (error) {
          if (!(error instanceof ArticleError)) throw error;
        }
        expect(globalThis.__pwned).to.equal(undefined);
        expect(/javascript:|data:|"\/\/127|onclick|<script|<iframe/i.test(json), json).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });
});
