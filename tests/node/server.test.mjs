// The server entry as an app's server uses it (the built package): bundled by an app's bundler,
// its locales (built in, added, overridden) the same as the browser's, and its output options.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import {
  articleStyles,
  matchInterfaceLocale,
  overrideStrings,
  registerLocale,
  renderArticle,
  renderArticleElement,
  RenderOptionsError,
  supportedLocales,
} from '../../dist/src/server/index.js';

const seed = JSON.parse(readFileSync('src/document/seed-article.json', 'utf8'));
const skipLink = (html, n = 0) => [...html.matchAll(/<a\s+part="skip-link"[^>]*>(?:<!--[^>]*-->)*([^<]*)/g)][n]?.[1];

test('bundled into one file that lives elsewhere (as Next.js bundles it), it renders every built-in locale: nothing is read from disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-article-bundled-'));
  try {
    const outfile = join(dir, 'server.mjs');
    // Everything in the one file but Node's own modules: no package folder, no locale files beside it.
    await build({
      entryPoints: ['dist/src/server/index.js'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
    });
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const script = `import { renderArticle } from './server.mjs';
      const doc = JSON.parse(process.argv[1]);
      for (const locale of ['de', 'ar', 'zh']) console.log(renderArticle(doc, { locale, fragment: true }).match(/<a\\s+part="skip-link"[^>]*>(?:<!--[^>]*-->)*([^<]*)/)[1]);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(seed)], {
      cwd: dir,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(result.stdout.trim().split('\n'), ['Zum Inhalt springen', 'تخطي إلى المحتوى', '跳转至内容']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the switcher a server renders marks exactly one language selected, the interface locale, as HTML means it', () => {
  for (const locale of ['en', 'de', 'zh']) {
    const html = renderArticle(seed, { locale });
    const options = [...html.matchAll(/<option\b[^>]*>/g)].map(([tag]) => tag);
    assert.ok(options.length >= 8, `${options.length} options`);
    assert.ok(
      !options.some((tag) => /selected="/.test(tag)),
      options.find((tag) => /selected="/.test(tag)),
    );
    const selected = options.filter((tag) => /\sselected(\s|>)/.test(tag));
    assert.deepEqual(
      selected.map((tag) => /value="([^"]+)"/.exec(tag)[1]),
      [locale],
    );
  }
});

test('a locale the app adds, and strings it overrides, render on the server as in the browser; missing strings are English, marked so', () => {
  registerLocale('it', { skipLinks: { content: 'Vai al contenuto' } });
  overrideStrings('en', { skipLinks: { moreSites: 'Skip to more sites' } });
  assert.ok(supportedLocales().includes('it'));
  assert.equal(matchInterfaceLocale('it-CH'), 'it');
  const italian = renderArticle(seed, { locale: 'it-CH', fragment: true, sitesTarget: '#sites' });
  assert.match(italian, /<dw-article[^>]* locale="it"/);
  assert.equal(skipLink(italian), 'Vai al contenuto');
  // Not in the app's Italian: the English string, overridden, in English.
  assert.match(italian, /<a\s+part="skip-link"\s+href="#sites"\s+lang="en"[^>]*>(?:<!--[^>]*-->)*Skip to more sites/);
  const english = renderArticle(seed, { fragment: true, sitesTarget: '#sites' });
  assert.match(english, /Skip to more sites/);
  assert.doesNotMatch(english, /Skip to more DW sites/);
});

test("an unknown locale falls back to English with the browser's warning; one registered only with a loader says how to give the server its strings", () => {
  const warnings = [];
  const { warn } = console;
  console.warn = (message) => warnings.push(message);
  try {
    const html = renderArticle(seed, { locale: 'xx' });
    assert.match(html, /<dw-article[^>]* locale="en"/);
  } finally {
    console.warn = warn;
  }
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /locale="xx" is not an interface locale \(see registerLocale\)/);
  // Test fixture: a Dutch string, a language DW does not publish in.
  registerLocale('nl', async () => ({ skipLinks: { content: 'Naar de inhoud' } }));
  assert.throws(
    () => renderArticle(seed, { locale: 'nl' }),
    (error) => error instanceof RenderOptionsError && /registerLocale\("nl", strings\)/.test(error.message),
  );
  assert.throws(() => registerLocale('not a tag', {}), RangeError);
});

test("a fragment can leave its styles to the page (articleStyles, once), and the page's header and footer go into the slots, in reading order", () => {
  const withStyles = renderArticle(seed, { fragment: true });
  const without = renderArticle(seed, { fragment: true, styles: false });
  assert.match(withStyles, /<style data-dw-server>/);
  assert.doesNotMatch(without, /<style data-dw-server>/);
  assert.ok(withStyles.length - without.length > 6000, `${withStyles.length - without.length} bytes of styles`);
  assert.ok(withStyles.includes(articleStyles()));
  assert.match(
    articleStyles(),
    /dw-article:not\(:defined\) :is\(\.dw-toolbar, \.dw-copy-link\) \{ visibility: hidden; \}/,
  );

  const page = renderArticle(seed, {
    header: '<header><nav id="menu">Menu</nav></header>',
    footer: '<footer id="sites">Sites</footer>',
    menuTarget: '#menu',
    sitesTarget: '#sites',
  });
  const order = [
    'part="skip-links"',
    '<div slot="header"><header><nav id="menu">Menu</nav></header></div>',
    '<main>',
    '<h1 class="dw-headline"',
    '</main>',
    '<div slot="footer"><footer id="sites">Sites</footer></div>',
    '</dw-article>',
  ];
  // A fragment given the page's header is the page's body: its article is the main landmark.
  assert.match(
    renderArticle(seed, { fragment: true, header: '<header></header>' }),
    /<div slot="header"><header><\/header><\/div><style data-dw-server>[^<]*<\/style><main>/,
  );
  assert.doesNotMatch(renderArticle(seed, { fragment: true }), /<main>/);
  const at = order.map((marker) => page.indexOf(marker));
  assert.ok(
    at.every((index, i) => index > (at[i - 1] ?? -1)),
    JSON.stringify(Object.fromEntries(order.map((m, i) => [m, at[i]]))),
  );
});

test("renderArticleElement gives what renderArticle gives, split into the host's attributes and its inner HTML", () => {
  const options = { locale: 'de', headingLevel: 2, sitesTarget: '#a"b' };
  const { attributes, innerHTML } = renderArticleElement(seed, options);
  assert.equal(attributes.locale, 'de');
  assert.equal(attributes['heading-level'], '2');
  assert.equal(attributes['sites-target'], '#a"b');
  // (Each render numbers its headline anew: the ids are unique on a page with several.)
  const numbered = (html) => html.replace(/dw-article-\d+-headline/g, 'dw-article-N-headline');
  const fragment = renderArticle(seed, { ...options, fragment: true });
  assert.ok(numbered(fragment).includes(numbered(innerHTML)));
  assert.match(innerHTML, /^<template shadowroot="open" shadowrootmode="open">/);
});
