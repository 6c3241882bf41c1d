// Every interface locale has every key, in every plural form its language has. (That every key
// the code uses exists in English is a compile error otherwise: src/i18n/keys.ts, lint.test.mjs.)
// Runs with node's own test runner, on the files themselves.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { currentIndex, sourceRows } from '../../scripts/locale-table.mjs';
import { localeTags } from '../support/locale-files.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const locales = localeTags;
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Flattened keys: `article.readingTime_one` and so on. */
function keys(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

/** The keys a locale must have: English's, with plural keys in that language's own forms. */
function expectedKeys(locale) {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const base = new Set(keys(read('locales/en.json')).map(([key]) => key.replace(pluralSuffix, '\0')));
  return [...base]
    .flatMap((key) => (key.endsWith('\0') ? categories.map((c) => key.replace('\0', `_${c}`)) : [key]))
    .sort();
}

// Every language DW publishes in (issue 16).
const dwLanguages = [
  ...['am', 'ar', 'bg', 'bn', 'bs', 'de', 'el', 'en', 'es', 'fa', 'fa-AF', 'fr', 'ha', 'hi', 'hr', 'id'],
  ...['mk', 'pl', 'ps', 'pt-002', 'pt-BR', 'ro', 'ru', 'sq', 'sr-Latn', 'sw', 'tr', 'uk', 'ur', 'zh', 'zh-Hant'],
];

test('the locales are the ones the project promises: every language DW publishes in', () => {
  assert.deepEqual(locales, [...dwLanguages].sort());
});

for (const locale of locales) {
  test(`${locale}: exactly the keys English has, in every plural form of ${locale}, none empty`, () => {
    const entries = keys(read(`locales/${locale}.json`));
    assert.deepEqual(entries.map(([key]) => key).sort(), expectedKeys(locale));
    for (const [key, value] of entries)
      assert.ok(typeof value === 'string' && value.trim() !== '', `${locale}: ${key} is empty`);
  });

  test(`${locale}: in Unicode Normalization Form C, as the W3C asks of web text (one form, so a search finds it)`, () => {
    for (const [key, value] of keys(read(`locales/${locale}.json`)))
      assert.equal(value, value.normalize('NFC'), `${locale}: ${key}`);
  });

  if (locale !== 'en')
    test(`${locale}: each string in its sources table (docs/locales/${locale}.md), with a reference or a named review`, () => {
      const rows = new Map(sourceRows(locale).map((row) => [row.key, row]));
      const entries = keys(read(`locales/${locale}.json`));
      assert.deepEqual(
        [...rows.keys()],
        entries.map(([key]) => key),
        'one row per key, in the order of the file',
      );
      for (const [key, value] of entries) {
        const row = rows.get(key);
        assert.equal(row.ours, value, `${locale}: the table's ${key} is the file's`);
        assert.ok(row.reference && row.source, `${locale}: ${key} has a reference and a source`);
        if (/^none\b/.test(row.reference)) assert.match(row.source, /review/i, `${locale}: ${key} names its review`);
      }
      const doc = readFileSync(new URL(`../../docs/locales/${locale}.md`, import.meta.url), 'utf8');
      assert.match(doc, /^(- )?Reviewed by: .+/m, `${locale}: says who reviewed it`);
    });

  test(`${locale}: the same placeholders as English`, () => {
    const english = new Map(
      keys(read('locales/en.json')).map(([key, value]) => [key.replace(pluralSuffix, ''), value]),
    );
    for (const [key, value] of keys(read(`locales/${locale}.json`))) {
      const placeholders = (text) =>
        [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((name) => name !== 'n');
      assert.deepEqual(
        placeholders(value),
        placeholders(english.get(key.replace(pluralSuffix, ''))),
        `${locale}: ${key}`,
      );
    }
  });
}

test('every locale file is built in, in the browser (a module of its own) and on the server (its strings at hand)', async () => {
  const { builtInLocales } = await import('../../dist/src/i18n/locales.js');
  assert.deepEqual([...builtInLocales].sort(), [...locales].sort());
  const { renderArticle } = await import('../../dist/src/server/index.js');
  const seed = read('src/document/seed-article.json');
  for (const locale of locales) {
    const html = renderArticle(seed, { locale, fragment: true });
    const english = renderArticle(seed, { locale: 'en', fragment: true });
    assert.match(html, new RegExp(`<dw-article[^>]* locale="${locale}"`));
    if (locale !== 'en')
      assert.notEqual(html.match(/aria-label="([^"]+)"/)[1], english.match(/aria-label="([^"]+)"/)[1], locale);
  }
  const loaders = readFileSync(new URL('../../src/i18n/built-in.ts', import.meta.url), 'utf8');
  for (const locale of locales.filter((locale) => locale !== 'en')) {
    assert.ok(
      loaders.includes(`import('../../locales/${locale}.json', { with: { type: 'json' } })`),
      `${locale}: loaded with import()`,
    );
  }
});

test('the index of the locales (docs/locales/README.md) is what the files say: run node scripts/locale-table.mjs', async () => {
  const { text, expected } = await currentIndex();
  assert.equal(text, expected);
});

test("each built-in locale's name is CLDR's name of it in itself (Node's full CLDR data), capitalised as a menu item", async () => {
  const { builtInNames } = await import('../../dist/src/i18n/built-in.js');
  assert.deepEqual(Object.keys(builtInNames).sort(), [...locales].sort());
  for (const [locale, name] of Object.entries(builtInNames)) {
    // `zh` is Simplified Chinese, named as such beside Traditional.
    const tag = locale === 'zh' ? 'zh-Hans' : locale;
    const cldr = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    assert.equal(name, cldr.charAt(0).toLocaleUpperCase(tag) + cldr.slice(1), locale);
  }
});
