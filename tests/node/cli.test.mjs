// `dw-article render`: the command a publisher runs on the server (on the built package, so run
// after `npm run build`). What the page says in a browser is tested in tests/e2e/ssr.spec.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const seedPath = 'src/document/seed-article.json';
const seed = JSON.parse(readFileSync(seedPath, 'utf8'));

/** Runs the command; `input` goes to its standard input (for `-`). */
function render(args, input) {
  const result = spawnSync(process.execPath, ['bin/dw-article.mjs', 'render', ...args], { encoding: 'utf8', input });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

test('the seed article becomes a whole page: languages, declarative shadow DOM, every paragraph', () => {
  const { status, out, err } = render([seedPath]);
  assert.equal(status, 0, err);
  assert.match(out, /^<!doctype html>\n<html lang="en" dir="ltr">/);
  assert.match(out, /<title>IS push could take years: Kerry<\/title>/);
  assert.match(out, /<dw-article[^>]* locale="en"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(out, /<main><div class="dw-toolbar" data-dw-server/);
  assert.match(out, /<article class="dw-article" lang="en" dir="ltr">/);
  assert.match(
    out,
    /<span\s+class="dw-caption"\s+lang="de"\s*>Brüssel NATO Hauptquartier Haider al-Abadi und John Kerry<\/span/,
  );
  assert.match(out, /href="#dw-article-1-headline"/);
  assert.match(out, /<h1 class="dw-headline" id="dw-article-1-headline"/);
  const escaped = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
  for (const paragraph of seed.body) assert.ok(out.includes(escaped(paragraph.text)), paragraph.text);
  // Lit's markers stay where the browser hydrates (the shadow root), not in the article.
  const light = out.slice(out.indexOf('</template>'));
  assert.doesNotMatch(light, /<!--\/?lit-/);
  assert.match(out.slice(0, out.indexOf('</template>')), /<!--lit-part/);
});

test('--locale gives the interface in that language, the article keeps its own', () => {
  const { status, out } = render([seedPath, '--locale', 'de-AT']);
  assert.equal(status, 0);
  assert.match(out, /locale="de"/);
  assert.match(out, />Zum Inhalt springen</);
  assert.match(out, /lang="de"[^>]*>Lesezeit: 2 Minuten</);
  assert.match(out, /<article class="dw-article" lang="en"/);
  const arabic = render([seedPath, '--locale', 'ar']);
  assert.match(arabic.out, /<nav class="skip-links" part="skip-links" lang="ar" dir="rtl"/);
});

test('--fragment gives the element alone, with its styles and page targets', () => {
  const { status, out } = render([
    seedPath,
    '--fragment',
    '--heading-level',
    '2',
    '--menu-target',
    '#menu',
    '--sites-target',
    '.sites',
  ]);
  assert.equal(status, 0);
  assert.match(out, /^<dw-article/);
  assert.doesNotMatch(out, /<html|<main/);
  assert.match(out, /<style data-dw-server>[^<]*:where\(dw-article\)/);
  assert.match(out, /<h2 class="dw-headline"/);
  assert.match(out, /href="#menu"/);
  assert.match(out, /href="#"[^>]*>(?:<!--[^>]*-->)?Skip to more DW sites/);
});

test('a document from standard input, with structured data that cannot close its script', () => {
  const hostile = { ...seed, headline: { text: 'Kerry </script><script>alert(1)</script>', lang: 'en' } };
  const { status, out, err } = render(
    ['-', '--structured-data', '--base', 'https://www.dw.com/en/'],
    JSON.stringify(hostile),
  );
  assert.equal(status, 0, err);
  assert.doesNotMatch(out, /<script>alert/);
  assert.match(out, /Kerry &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  const jsonLd = out.match(/<script type="application\/ld\+json" class="dw-structured-data">([^<]*)<\/script>/);
  assert.ok(jsonLd, 'JSON-LD present');
  const data = JSON.parse(jsonLd[1]);
  assert.equal(data.headline, hostile.headline.text);
  assert.equal(data.image.contentUrl, 'https://www.dw.com/assets/placeholder.svg');
  assert.deepEqual(data.image.caption, { '@value': seed.image.caption.text, '@language': 'de' });
});

test("bad input: the browser's validation messages, and a non-zero exit", () => {
  const invalid = { ...seed, image: { ...seed.image, caption: { text: 'x', lang: 'xx_YY!' } }, body: [] };
  const broken = render(['-'], JSON.stringify(invalid));
  assert.equal(broken.status, 1);
  assert.equal(broken.out, '');
  assert.match(broken.err, /image\.caption\.lang: expected a BCP 47 language tag, got "xx_YY!"/);
  assert.match(broken.err, /^ {2}- body: /m);

  const notJson = render(['-'], '{ "headline": ');
  assert.equal(notJson.status, 1);
  assert.match(notJson.err, /- is not JSON/);

  const missing = render(['no/such/article.json']);
  assert.equal(missing.status, 1);
  assert.match(missing.err, /cannot read no\/such\/article\.json/);

  const locale = render([seedPath, '--locale', 'xx']);
  assert.equal(locale.status, 1);
  assert.match(
    locale.err,
    /locale: expected one of en, am, ar, .*, zh, zh-Hant \(or a regional form such as de-AT\), got "xx"/,
  );

  const level = render([seedPath, '--heading-level', '7']);
  assert.equal(level.status, 1);
  assert.match(level.err, /heading level: expected 1 to 6, got 7/);

  const usage = spawnSync(process.execPath, ['bin/dw-article.mjs'], { encoding: 'utf8' });
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /Usage: dw-article render/);
});

test('render --out: a folder of documents to pages over worker threads, a broken one named, the rest written as one by one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-article-batch-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const name of ['a', 'b', 'c']) writeFileSync(join(input, `${name}.json`), JSON.stringify(seed));
    writeFileSync(join(input, 'broken.json'), '{"lang":');
    writeFileSync(join(input, 'notes.txt'), 'not a document');
    const out = join(dir, 'out');
    const result = spawnSync(
      process.execPath,
      ['bin/dw-article.mjs', 'render', '--out', out, '--jobs', '2', '--locale', 'de', input],
      { encoding: 'utf8' },
    );
    assert.equal(result.status, 1, 'a document failed');
    assert.match(result.stderr, /broken\.json: not JSON/);
    assert.match(result.stderr, /3 of 4 pages in [\d.]+ s \(\d+ pages\/s\) with 2 workers, peak memory \d+ MB/);
    assert.deepEqual(readdirSync(out).sort(), ['a.html', 'b.html', 'c.html']);
    const numbered = (html) => html.replace(/dw-article-\d+-headline/g, 'dw-article-N-headline');
    const single = render([seedPath, '--locale', 'de']).out;
    for (const name of ['a', 'b', 'c'])
      assert.equal(numbered(readFileSync(join(out, `${name}.html`), 'utf8')), numbered(single), name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("--header and --footer: the site's own, in the slots, the skip links first and the article in main", () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-article-slots-'));
  try {
    writeFileSync(join(dir, 'header.html'), '<header><nav id="menu" aria-label="Site">Site menu</nav></header>');
    writeFileSync(join(dir, 'footer.html'), '<footer id="sites">More sites</footer>');
    const { status, out, err } = render([
      seedPath,
      '--fragment',
      '--header',
      join(dir, 'header.html'),
      '--footer',
      join(dir, 'footer.html'),
      '--menu-target',
      '#menu',
    ]);
    assert.equal(status, 0, err);
    const order = [
      'part="skip-links"',
      '<div slot="header"><header><nav id="menu"',
      '<main>',
      '<h1 class="dw-headline"',
      '</main>',
      '<div slot="footer"><footer id="sites">',
    ].map((marker) => out.indexOf(marker));
    assert.ok(
      order.every((at, i) => at > (order[i - 1] ?? -1)),
      JSON.stringify(order),
    );
    const missing = render([seedPath, '--header', join(dir, 'nowhere.html')]);
    assert.equal(missing.status, 1);
    assert.match(missing.err, /--header: cannot read .*nowhere\.html/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
