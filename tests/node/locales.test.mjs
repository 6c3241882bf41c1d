// Every interface locale has every key, in every plural form its language has. (That every key
// the code uses exists in English is a compile error otherwise: src/i18n/keys.ts, lint.test.mjs.)
// Runs with node's own test runner, on the files themselves.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const locales = readdirSync(new URL('../../locales/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -5));
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

test('the locales are the ones the project promises', () => {
  assert.deepEqual(locales.sort(), ['ar', 'de', 'en', 'es', 'fa', 'ru', 'tr', 'zh']);
});

for (const locale of locales) {
  test(`${locale}: exactly the keys English has, in every plural form of ${locale}, none empty`, () => {
    const entries = keys(read(`locales/${locale}.json`));
    assert.deepEqual(entries.map(([key]) => key).sort(), expectedKeys(locale));
    for (const [key, value] of entries)
      assert.ok(typeof value === 'string' && value.trim() !== '', `${locale}: ${key} is empty`);
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
  const loaders = readFileSync(new URL('../../src/i18n/locales.ts', import.meta.url), 'utf8');
  for (const locale of locales.filter((locale) => locale !== 'en')) {
    assert.ok(
      loaders.includes(`import('../../locales/${locale}.json', { with: { type: 'json' } })`),
      `${locale}: loaded with import()`,
    );
  }
});
