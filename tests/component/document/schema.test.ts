import { expect } from '@open-wc/testing';
import { ArticleError, parseArticle, type TextPart } from '../../../src/document/schema.js';
import { seedArticle } from '../../fixtures/articles.js';

function issuesOf(input: unknown): readonly string[] {
  try {
    parseArticle(input);
  } catch (error) {
    if (error instanceof ArticleError) return error.issues;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('article documents', () => {
  it('accepts the seed article, with every text part tagged: body en, caption de', () => {
    const doc = parseArticle(structuredClone(seedArticle));
    expect(doc.body.map((p) => (p as TextPart).lang)).to.deep.equal(Array(10).fill('en'));
    expect(doc.image?.caption?.lang).to.equal('de');
  });

  it('normalises language tags and refuses what is not one', () => {
    const doc = parseArticle({ ...seedArticle, lang: 'de_DE' });
    expect(doc.lang).to.equal('de-DE');
    expect(issuesOf({ ...seedArticle, lang: '' })).to.deep.equal(['lang: expected a BCP 47 language tag, got ""']);
  });

  it('names the field and what was expected for every problem', () => {
    expect(
      issuesOf({
        ...seedArticle,
        headline: undefined,
        published: 'yesterday',
        body: [],
        shortUrl: 'javascript:alert(1)',
        image: { ...seedArticle.image, src: 'data:text/html,x', width: 0 },
      }),
    ).to.deep.equal([
      'headline: required, but missing',
      'published: expected an ISO 8601 date (2014-12-03) or timestamp, got "yesterday"',
      'shortUrl: expected an absolute http(s) URL, got "javascript:alert(1)"',
      'image.src: expected an http(s) or same-origin relative URL, got "data:text/html,x"',
      'image.width: expected >=1, got 0',
      'body: expected at least one paragraph',
    ]);
  });

  // Addresses that cannot reach outside the machine (loopback, port 9): if one were accepted,
  // the browser's request would fail at once instead of waiting on a host elsewhere.
  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:image/png;base64,AAAA',
    '//127.0.0.1:9/x.png',
    '/\\127.0.0.1:9/x.png',
  ]) {
    it(`refuses ${JSON.stringify(url)} as an image URL and as a link`, () => {
      expect(issuesOf({ ...seedArticle, image: { ...seedArticle.image, src: url }, shortUrl: url })).to.deep.equal([
        `shortUrl: expected an absolute http(s) URL, got "${url}"`,
        `image.src: expected an http(s) or same-origin relative URL, got "${url}"`,
      ]);
    });
  }

  it('accepts http(s) images and same-origin relative ones, and only absolute http(s) links', () => {
    for (const src of [
      'https://static.dw.com/x.jpg',
      'http://127.0.0.1:9/x.png',
      'images/x.png',
      '/x.png',
      '../x.png',
    ]) {
      expect(parseArticle({ ...seedArticle, image: { ...seedArticle.image, src } }).image?.src, src).to.equal(src);
    }
    expect(issuesOf({ ...seedArticle, shortUrl: '/p/1Dycg' })).to.deep.equal([
      'shortUrl: expected an absolute http(s) URL, got "/p/1Dycg"',
    ]);
  });

  it('names the full path of a problem inside a rich block', () => {
    const body = [
      { text: 'Plain.', lang: 'en' },
      {
        type: 'paragraph',
        children: [
          'a ',
          { type: 'em', children: ['b'] },
          { type: 'link', href: 'javascript:alert(1)', children: ['c'] },
        ],
      },
      { type: 'heading', level: 5, children: ['x'] },
      { type: 'list', items: [{ children: [{ type: 'span', lang: 'xyz', children: ['y'] }] }] },
      { type: 'quote', paragraphs: [] },
      { type: 'marquee', children: ['z'] },
    ];
    expect(issuesOf({ ...seedArticle, body })).to.deep.equal([
      'body[1].children[2].href: expected an absolute http(s) URL, got "javascript:alert(1)"',
      'body[2].level: expected a heading level of 2, 3 or 4',
      'body[3].items[0].children[0].lang: expected a known language, got "xyz"',
      'body[4].paragraphs: expected at least one paragraph',
      'body[5].type: expected a paragraph { text, lang } or a block (paragraph, heading, figure, quote, list, related), got "marquee"',
    ]);
  });

  it('refuses runs without text: an empty heading never renders', () => {
    expect(
      issuesOf({ ...seedArticle, body: [{ type: 'heading', level: 2, children: ['', { type: 'br' }] }] }),
    ).to.deep.equal(['body[0].children: expected text, got none']);
  });

  it('refuses a link inside a link', () => {
    const link = (children: unknown[]) => ({ type: 'link', href: 'https://example.com/', children });
    expect(
      issuesOf({
        ...seedArticle,
        body: [{ type: 'paragraph', children: [link([{ type: 'em', children: [link(['x'])] }])] }],
      }),
    ).to.deep.equal(['body[0].children[0]: expected a link without another link inside it']);
  });

  it("keeps a document of today's shape exactly as it was", () => {
    expect(parseArticle(structuredClone(seedArticle))).to.deep.equal(seedArticle);
  });

  it('refuses a document past a limit at once, saying which', () => {
    const deep = (depth: number) => {
      let run: unknown = 'x';
      for (let i = 0; i < depth; i++) run = { type: 'em', children: [run] };
      return run;
    };
    expect(issuesOf({ ...seedArticle, body: [{ type: 'paragraph', children: [deep(100_000)] }] })).to.deep.equal([
      `body[0]${'.children[0]'.repeat(12)}.children: runs nested at most 12 deep`,
    ]);
    expect(issuesOf({ ...seedArticle, body: Array(2001).fill({ text: 'x', lang: 'en' }) })).to.deep.equal([
      'body: at most 2000 blocks, list items and links, got more',
    ]);
  });

  it('refuses what is not an article at all', () => {
    expect(issuesOf('<html>')).to.deep.equal(['(document): expected Object, got "<html>"']);
  });
});

describe('language tags', () => {
  it('accepts the languages DW publishes in and refuses unknown or undetermined ones', () => {
    for (const tag of ['en', 'de-AT', 'ar', 'fa', 'ps', 'ur', 'zh-Hant-TW', 'sr-Latn', 'pt-BR']) {
      expect(parseArticle({ ...seedArticle, lang: tag }).lang, tag).to.equal(tag);
    }
    expect(issuesOf({ ...seedArticle, lang: 'xyz' })).to.deep.equal(['lang: expected a known language, got "xyz"']);
    expect(issuesOf({ ...seedArticle, lang: 'und' })).to.deep.equal(['lang: expected a known language, got "und"']);
  });
});
