import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { untyped, axeViolations, quietly } from '../../support/helpers.js';

/** Mostly good values, sometimes a bad one: so both outcomes are reached. */
function mostly<T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: good, weight: 30 }, { arbitrary: bad, weight: 1 });
}

/** Language tags: well-formed and known; or unknown, broken or empty. */
const lang = mostly(
  fc.constantFrom('en', 'de', 'de_DE', 'ar', 'fa', 'zh-Hant-TW', 'ru', 'EN-gb'),
  fc.constantFrom('xyz', '', 'xx_YY!', 'e'),
);
/** Text with markup characters, entities, bidi controls and any Unicode; or blank. */
const text = mostly(
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map((value) => `${value}.`),
    fc.constantFrom('<script>window.__pwned=1</script>', '&amp; &lt;b&gt;', '\u202Eevil', 'Brüssel', 'مرحبا'),
  ),
  fc.constantFrom('', '  ', '\n'),
);
const textPart = fc.record({ text, lang });
const url = mostly(
  fc.oneof(fc.webUrl(), fc.constantFrom('img.png', '/images/x.jpg')),
  fc.constantFrom('javascript:alert(1)', '//127.0.0.1:9/x', '', 'data:,x'),
);
const date = mostly(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('yesterday', '2014-13-45', ''),
);

/** Text inside runs: almost always good, so a rich document is valid often enough to be shown. */
const runText = fc.oneof(
  { weight: 60, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((value) => `${value}.`) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '<script>window.__pwned=1</script>', '\u202Eevil') },
);
const runLang = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom('en', 'de', 'ar', 'fr') },
  { weight: 1, arbitrary: fc.constant('xyz') },
);
const runUrl = fc.oneof(
  { weight: 60, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', '//127.0.0.1:9/x') },
);

/** Runs of text: strings and every inline kind, nested a few deep, with good or bad fields. */
const { run } = fc.letrec<{ run: unknown }>((tie) => ({
  run: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    runText,
    fc.record({
      type: fc.constantFrom('em', 'strong', 'q'),
      children: fc.array(tie('run'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      type: fc.constant('span'),
      lang: runLang,
      children: fc.array(tie('run'), { minLength: 1, maxLength: 3 }),
    }),
    // Link text a person would write: a lone dot as a link is an authoring problem axe reports
    // (target size), not one of the element's.
    fc.record({
      type: fc.constant('link'),
      href: runUrl,
      children: fc.array(fc.constantFrom('a link to another page', 'ein Verweis', 'رابط'), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
    fc.record({
      type: fc.constant('abbr'),
      title: runText,
      children: fc.array(runText, { minLength: 1, maxLength: 1 }),
    }),
    fc.constant({ type: 'br' }),
  ),
}));
const runs = fc.array(run, { minLength: 1, maxLength: 3 });
/** Body blocks: today's paragraphs and every rich kind. */
const block = fc.oneof(
  { weight: 12, arbitrary: textPart },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('paragraph'), children: runs }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('heading'),
      level: mostly(fc.constantFrom(2, 3, 4), fc.constant(7)),
      children: runs,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        type: fc.constant('quote'),
        paragraphs: fc.array(fc.record({ text: runText, lang: runLang }), { minLength: 1, maxLength: 2 }),
        attribution: runs,
      },
      { requiredKeys: ['type', 'paragraphs'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('list'),
      ordered: fc.boolean(),
      items: fc.array(fc.record({ children: runs }), { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('related'),
      links: fc.array(fc.record({ href: runUrl, text, lang }), { minLength: 1, maxLength: 2 }),
    }),
  },
);

/** Article-shaped documents, valid or nearly so, with any optional part present or not. */
const documentLike = fc.record(
  {
    lang,
    headline: textPart,
    published: date,
    teaser: textPart,
    shortUrl: url,
    image: fc.record(
      {
        src: url,
        width: mostly(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(0, -1, 1.5)),
        height: fc.integer({ min: 1, max: 2000 }),
        alt: textPart,
        caption: textPart,
        credit: text,
      },
      { requiredKeys: ['src', 'width', 'height', 'alt'] },
    ),
    body: fc.array(block, { minLength: 1, maxLength: 6 }),
    alternates: fc.array(fc.record({ lang, href: url, title: text }), { maxLength: 2 }),
    credits: text,
  },
  { requiredKeys: ['lang', 'headline', 'published', 'body'] },
);

/** fc.assert, but reporting the assertion that failed (fast-check's own report leaves it out here). */
async function assert<T>(property: fc.IAsyncProperty<T>, parameters: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, parameters);
  if (details.failed) {
    throw new Error(`${fc.defaultReportMessage(details)}\nFailed with: ${String(details.errorInstance)}`);
  }
}

async function renderDocument(doc: unknown): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(html`<main><dw-article></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await quietly(async () => {
    el.article = untyped(doc);
    await el.updateComplete;
  });
  return el;
}

describe('<dw-article> with arbitrary documents (fast-check)', () => {
  it('ends in an article that passes axe, or in the accessible error state: 150 article-like documents', async () => {
    let shown = 0;
    await assert(
      fc.asyncProperty(documentLike, async (doc) => {
        const el = await renderDocument(doc);
        try {
          const alert = el.querySelector('.dw-error[role="alert"]');
          if (alert) {
            expect(el.querySelector('article') === null, 'no article beside the error').to.equal(true);
            expect(alert.textContent).to.contain('The article could not be shown');
          } else {
            shown++;
            expect(el.querySelector('article :is(h1, h2, h3, h4, h5, h6)') !== null, 'a headline').to.equal(true);
          }
          expect((await axeViolations(el.parentElement!)).join('\n')).to.equal('');
        } finally {
          // Also after a failure, so a shrunk case is checked on a page of its own.
          el.parentElement!.remove();
        }
      }),
      { numRuns: 150 },
    );
    // The generator must reach both outcomes, or the property proves little.
    expect(shown).to.be.within(15, 135);
  });

  it('never throws out of the element for any value at all: 300 runs of fc.anything()', async () => {
    await assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withMap: true, withTypedArray: true }), async (value) => {
        const el = await renderDocument(value);
        expect(el.querySelector('.dw-error[role="alert"]')).to.exist;
        el.parentElement!.remove();
      }),
      { numRuns: 300 },
    );
  });
});
