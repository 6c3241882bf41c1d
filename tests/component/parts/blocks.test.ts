import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articleInMain } from '../../support/pages.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { htmlToArticle } from '../../../src/document/html-to-article.js';
import { parseArticle } from '../../../src/document/schema.js';
import { richArticle, richRightToLeftArticle } from '../../fixtures/articles.js';
import { axeViolations, resolvedLang } from '../../support/helpers.js';

type Json = Record<string, unknown>;

/**
 * Every string of a body, in reading order, with the language the document says it is in
 * (written here from the format's rules, not with the code under test).
 */
function writtenRuns(blocks: unknown[], lang: string): [string, string][] {
  const out: [string, string][] = [];
  const runs = (list: unknown[], inherited: string) => {
    for (const run of list) {
      if (typeof run === 'string') out.push([run.trim(), inherited]);
      else if ((run as Json).children)
        runs((run as Json).children as unknown[], ((run as Json).lang as string) ?? inherited);
    }
  };
  for (const block of blocks as Json[]) {
    const own = (block.lang as string) ?? lang;
    if (!('type' in block)) out.push([block.text as string, block.lang as string]);
    else if (block.type === 'paragraph' || block.type === 'heading') runs(block.children as unknown[], own);
    else if (block.type === 'figure') {
      const image = block.image as Json;
      const caption = image.caption as Json | undefined;
      if (caption) out.push([caption.text as string, caption.lang as string]);
      if (image.credit) out.push([image.credit as string, lang]);
    } else if (block.type === 'quote') {
      out.push(...writtenRuns(block.paragraphs as unknown[], own));
      if (block.attribution) runs(block.attribution as unknown[], own);
    } else if (block.type === 'list') {
      for (const item of block.items as Json[]) runs(item.children as unknown[], (item.lang as string) ?? own);
    } else if (block.type === 'related') {
      for (const link of block.links as Json[]) out.push([link.text as string, link.lang as string]);
    }
  }
  return out.filter(([text]) => text);
}

/** Every text node of the rendered body that is article text (no interface labels), with its language. */
function renderedRuns(el: DwArticle): [string, string][] {
  const body = el.querySelector('.dw-body')!;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const out: [string, string][] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest('.dw-lead, [data-dw-label], .dw-visually-hidden')) continue;
    const text = node.textContent!.replace(/\s+/g, ' ').trim();
    if (text) out.push([text, resolvedLang(node)]);
  }
  return out;
}

describe('<dw-article> rich body blocks', () => {
  describe('accessibility', () => {
    for (const locale of ['en', 'de', 'ar']) {
      it(`has no axe violations for the rich fixtures under a ${locale} interface`, async () => {
        for (const doc of [richArticle, richRightToLeftArticle]) {
          const el = await articleInMain(`locale="${locale}"`, doc);
          expect(await axeViolations(el.parentElement!), doc.headline.text).to.deep.equal([]);
          el.parentElement!.remove();
        }
      });
    }

    it('proves the check can fail: a phrase with a broken lang, an image without alt', async () => {
      const el = await articleInMain('', richArticle);
      el.querySelector('.dw-body span[lang="fr"]')!.setAttribute('lang', 'not a language');
      el.querySelector('.dw-body figure:not(.dw-lead) img')!.removeAttribute('alt');
      const violations = (await axeViolations(el.parentElement!)).map((v) => v.split(':')[0]);
      expect(violations).to.include.members(['valid-lang', 'image-alt']);
    });
  });

  describe('every block and run', () => {
    for (const [name, doc] of [
      ['the rich fixture', richArticle],
      ['the right-to-left rich fixture', richRightToLeftArticle],
    ] as const) {
      it(`renders ${name} completely and in order, every run in the language written`, async () => {
        const el = await articleInMain('', doc);
        expect(renderedRuns(el)).to.deep.equal(writtenRuns(doc.body as unknown[], doc.lang));
      });
    }

    it('uses the elements each kind stands for, with lang, hreflang and titles as written', async () => {
      const el = await articleInMain('', richArticle);
      const body = el.querySelector('.dw-body')!;
      const describe = (selector: string, ...attributes: string[]) =>
        [...body.querySelectorAll(selector)].map((node) =>
          [node.textContent!.replace(/\s+/g, ' ').trim(), ...attributes.map((a) => node.getAttribute(a))].join(' | '),
        );
      expect(describe('em')).to.deep.equal(['emphasis', 'emphasis']);
      expect(describe('strong')).to.deep.equal(['strong importance']);
      expect(describe('p a[href]', 'href', 'hreflang')).to.deep.equal([
        'link to another page | https://example.com/dw-article/related-story | en',
      ]);
      expect(describe('abbr', 'title')).to.deep.equal(['NATO | North Atlantic Treaty Organization']);
      expect(describe('q', 'lang')).to.deep.equal(['Wir schaffen das | de']);
      expect(describe('p span[lang]', 'lang')).to.deep.equal(['Parlement européen | fr', 'deutsches Wort | de']);
      expect(body.querySelectorAll('br').length).to.equal(1);
      expect(describe('blockquote')).to.have.lengthOf(2);
      expect(describe('.dw-attribution cite')).to.deep.equal([
        'A speaker invented for this fixture',
        'Eine erfundene Sprecherin',
      ]);
      expect(describe('ul.dw-list > li')).to.have.lengthOf(3);
      expect(describe('ol.dw-list > li')).to.deep.equal(['The first step', 'The second step']);
      expect(describe('.dw-related a', 'hreflang', 'lang')).to.deep.equal([
        'A related article in English | en | ',
        'Ein verwandter Artikel auf Deutsch | de | de',
      ]);
      expect(describe('figure.dw-figure')).to.have.lengthOf(2);
    });

    it('puts subheadings below the headline, at levels relative to it, with stable fragment ids', async () => {
      for (const level of [1, 2]) {
        const el = await articleInMain(`heading-level="${level}"`, richArticle);
        const headings = [...el.querySelectorAll('article :is(h1, h2, h3, h4, h5, h6)')].map(
          (h) => `${h.localName}${h.classList.contains('dw-subheading') ? `#${h.id}` : ''}`,
        );
        const h = (n: number) => `h${n + level - 1}`;
        expect(headings).to.deep.equal([
          h(1),
          `${h(2)}#a-subheading-below-the-headline`,
          `${h(3)}#lists`,
          `${h(2)}#second-figure`,
          h(2),
        ]);
        el.parentElement!.remove();
      }
    });

    it('lets an article have several related boxes: found by their headings, not landmarks with one name', async () => {
      const related = richArticle.body.find((block) => 'type' in block && block.type === 'related')!;
      const el = await articleInMain('', {
        ...richArticle,
        body: [related, { text: 'Between.', lang: 'en' }, related],
      });
      const boxes = [...el.querySelectorAll('.dw-related')];
      expect(
        boxes.map((box) => [box.localName, box.hasAttribute('aria-labelledby'), box.querySelector('h2')?.textContent]),
      ).to.deep.equal([
        ['section', false, 'Related articles'],
        ['section', false, 'Related articles'],
      ]);
      expect((await axeViolations(el.parentElement!)).join('\n')).to.equal('');
    });

    it('never skips a heading level, whatever levels the document gives', async () => {
      const el = await articleInMain('', {
        ...richArticle,
        body: [
          { type: 'heading', level: 4, children: ['Deep at once'] },
          { type: 'heading', level: 4, children: ['Deep again'] },
          { type: 'heading', level: 2, children: ['Back up'] },
        ],
      });
      expect([...el.querySelectorAll('.dw-subheading')].map((h) => h.localName)).to.deep.equal(['h2', 'h3', 'h2']);
    });

    it('keeps ids unique on a page with the same article twice: the second prefixes its own', async () => {
      const first = await articleInMain('', richArticle);
      const page = first.parentElement!;
      const second = document.createElement('dw-article');
      second.article = richArticle;
      page.append(second);
      await second.updateComplete;
      const ids = [...page.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
      expect(first.querySelector('#lists') !== null).to.equal(true);
      expect(second.querySelector('.dw-subheading[id$="-lists"]')!.id).to.match(/^dw-article-\d+-headline-lists$/);
    });

    it('lets a #fragment link reach a subheading, from the keyboard', async () => {
      const el = await articleInMain('', richArticle);
      const link = document.createElement('a');
      link.href = '#lists';
      link.textContent = 'To the lists';
      el.after(link);
      try {
        link.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => location.hash === '#lists', 'the URL names the fragment', { timeout: 3000 });
        expect(document.querySelector(':target')?.textContent).to.equal('Lists');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
        link.remove();
      }
    });

    it('names the other languages in an "also in" navigation, each link in its language', async () => {
      const el = await articleInMain('locale="de"', richArticle);
      const nav = el.querySelector('nav.dw-alternates')!;
      const label = document.getElementById(nav.getAttribute('aria-labelledby')!)!;
      expect([label.textContent!.trim(), label.lang]).to.deep.equal(['In anderen Sprachen:', 'de']);
      expect(
        [...nav.querySelectorAll('a')].map((a) => [a.textContent!.trim(), a.hreflang, a.lang, a.dir].join(' | ')),
      ).to.deep.equal([
        'Testartikel: alle Arten von Blöcken | de | de | ltr',
        'مقال تجريبي: كل أنواع الكتل | ar | ar | rtl',
      ]);
    });

    it('isolates Latin names and numbers in an Arabic article, and bidi controls in their own run', async () => {
      const el = await articleInMain('', richRightToLeftArticle);
      const nato = el.querySelector('abbr')!;
      expect([nato.lang, nato.dir, getComputedStyle(nato).unicodeBidi]).to.deep.equal(['en', 'ltr', 'isolate']);
      const hostile = await articleInMain('', {
        ...richArticle,
        body: [{ type: 'paragraph', children: ['before \u202Eevil', ' after'] }],
      });
      const bdi = hostile.querySelector('.dw-body p bdi')!;
      expect(bdi.textContent).to.equal('before \u202Eevil');
      expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
    });
  });

  describe('read back', () => {
    it('gives the document it was rendered from, when the rendered article is read back as HTML', async () => {
      for (const doc of [richArticle, richRightToLeftArticle]) {
        const el = await articleInMain('', doc);
        const { article, dropped } = htmlToArticle(el.querySelector('article')!);
        expect(article).to.deep.equal(parseArticle(doc));
        expect(dropped).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });
  });
});
