// HTML in: `htmlToArticle` and `dw-article import` on the built package (run after `npm run
// build`), a rendered article read back, a CMS page with everything that must not survive, and
// what a reader mode (Mozilla Readability, as Firefox's Reader View runs it) makes of the
// server's page, read with JavaScript off.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToArticle, renderArticle } from '../../dist/src/server/index.js';
import { parseArticle } from '../../dist/src/document/schema.js';
import { hostilePage, hostilePageImport as expected } from '../fixtures/hostile-page.mjs';

const fixture = (name) => JSON.parse(readFileSync(`demo/public/articles/${name}.json`, 'utf8'));
const rich = fixture('rich-test-fixture');
const richRtl = fixture('rich-rtl-test-fixture');
const seed = JSON.parse(readFileSync('src/document/seed-article.json', 'utf8'));

function importCommand(args, input) {
  const result = spawnSync(process.execPath, ['bin/dw-article.mjs', 'import', ...args], { encoding: 'utf8', input });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

for (const [name, doc] of [
  ['the seed', seed],
  ['the rich fixture', rich],
  ['the right-to-left rich fixture', richRtl],
]) {
  test(`${name}: rendered on the server, then imported, gives the same document`, () => {
    for (const locale of ['en', 'ar']) {
      const { article, dropped } = htmlToArticle(renderArticle(doc, { locale }));
      assert.deepEqual(article, parseArticle(doc), locale);
      assert.deepEqual(dropped, []);
    }
  });
}

test('dw-article import: the rich fixture rendered as a page, read back from stdin, is the fixture', () => {
  const { status, out, err } = importCommand(['-'], renderArticle(rich));
  assert.equal(status, 0, err);
  assert.equal(err, '');
  assert.deepEqual(JSON.parse(out), parseArticle(rich));
});

test('dw-article import: a CMS page keeps its article and nothing that could run, and says what it left out', () => {
  const { status, out, err } = importCommand(['-', '--base', expected.base], hostilePage);
  assert.equal(status, 0, err);
  const doc = JSON.parse(out);
  assert.equal(doc.headline.text, 'A test page, as a CMS might write it');
  assert.equal(doc.published, '2024-06-12');
  assert.deepEqual(doc.alternates, [{ lang: 'de', href: 'https://example.com/de/story', title: 'de' }]);
  const json = JSON.stringify(doc);
  for (const gone of [...expected.gone, 'Home']) {
    assert.ok(!json.includes(gone), `${gone} survived: ${json}`);
  }
  assert.deepEqual(doc.body[1], expected.richParagraph);
  assert.deepEqual(doc.body[2], { type: 'heading', level: 2, children: ['A section'] });
  assert.equal(doc.body[3].image.caption.lang, 'de');
  assert.equal(doc.body[3].image.src, 'https://example.com/news/photo.jpg');
  assert.deepEqual(doc.body[4].attribution, ['A speaker']);
  assert.deepEqual(doc.body[5].items, [{ children: ['One'] }, { children: ['Two'] }]);
  assert.deepEqual(doc.body[6], { text: 'A table cell', lang: 'en' });
  // Every removal is named on stderr, with where it was.
  for (const reported of expected.reported) {
    assert.ok(err.includes(reported), `stderr should say "${reported}":\n${err}`);
  }
});

test('dw-article import: HTML that holds no article fails with the fields that are missing', () => {
  const { status, err } = importCommand(['-'], '<p>Just a paragraph, no headline, no date.</p>');
  assert.equal(status, 1);
  assert.match(err, /not an article/);
  assert.match(err, /headline: required, but missing/);
});

/** What Readability makes of a page, with JavaScript off (linkedom runs no script). */
function readerView(page) {
  const { document } = parseHTML(page);
  return new Readability(document).parse();
}

test('a reader mode keeps every figure with its caption language, takes the credits as the byline, and no interface text', () => {
  for (const [doc, caption] of [
    [seed, 'Brüssel NATO Hauptquartier'],
    [rich, 'Bildunterschrift des Testartikels'],
  ]) {
    const view = readerView(renderArticle(doc, { structuredData: true }));
    const { document } = parseHTML(`<!doctype html><html><body>${view.content}</body></html>`);
    const captions = [...document.querySelectorAll('figure [lang="de"]')].map((node) => node.textContent);
    assert.ok(
      captions.some((text) => text.startsWith(caption)),
      `${doc.headline.text}: ${view.content.slice(0, 2000)}`,
    );
    assert.equal(document.querySelectorAll('figure img').length, doc === rich ? 2 : 1);
    assert.match(view.byline, new RegExp(`^${doc.credits.split(' ')[0]}`));
    assert.equal(view.publishedTime, doc.published);
    assert.doesNotMatch(
      view.textContent,
      /Published|Reading time|Short link|Copy link|Image caption|Listen|Reader settings/,
    );
  }
});

test('a server-rendered page names the other languages in its head, for search engines and browsers', () => {
  const page = renderArticle(rich);
  const head = page.slice(0, page.indexOf('</head>'));
  assert.deepEqual(
    [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`),
    rich.alternates.map((alternate) => `${alternate.lang} ${alternate.href}`),
  );
  assert.doesNotMatch(renderArticle(seed).slice(0, 2000), /rel="alternate"/);
});
