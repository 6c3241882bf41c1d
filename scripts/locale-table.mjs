// The index of the interface locales, docs/locales/README.md, from the files themselves: each
// locale's direction, plural categories, digits and calendar (CLDR through Node's Intl, with the
// format locale src/i18n/built-in.ts names), its file's size, and how many of its strings have a
// professional reference in its sources table. `node scripts/locale-table.mjs` writes the table
// (after `npm run build`); tests/node/locales.test.mjs fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = new URL('../', import.meta.url);
const indexFile = new URL('docs/locales/README.md', root);
const start = '<!-- locale table: scripts/locale-table.mjs -->';
const end = '<!-- end of locale table -->';

/** One sources table's rows: key, our string, reference, source. */
export function sourceRows(locale) {
  const rows = [];
  for (const line of readFileSync(new URL(`docs/locales/${locale}.md`, root), 'utf8').split('\n')) {
    // A row: | `key` | `our string` | reference | source |, its cells padded or not (Prettier pads them).
    const cells = line.startsWith('| `')
      ? line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim())
      : [];
    const [key, ours] = cells.map((cell) => cell.match(/^`([^`]*)`$/)?.[1]);
    if (cells.length === 4 && key && ours !== undefined)
      rows.push({ key, ours, reference: cells[2], source: cells[3] });
  }
  return rows;
}

const digitNames = {
  latn: 'Western (0-9)',
  arab: 'Eastern Arabic (٠-٩)',
  arabext: 'Persian (۰-۹)',
  beng: 'Bengali (০-৯)',
  deva: 'Devanagari (०-९)',
};
const calendarNames = { gregory: 'Gregorian', persian: 'Solar Hijri' };

export async function localeTable() {
  const { builtInLocales, builtInFormats } = await import(new URL('dist/src/i18n/built-in.js', root));
  const { directionOf } = await import(new URL('dist/src/i18n/languages.js', root));
  const { localeName } = await import(new URL('dist/src/i18n/locales.js', root));
  const lines = [
    '| locale | name | direction | plural categories | digits | calendar | file, bytes (gzip) | strings with a professional reference |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const locale of builtInLocales) {
    const format = new Intl.DateTimeFormat(builtInFormats[locale] ?? locale).resolvedOptions();
    const file = readFileSync(new URL(`locales/${locale}.json`, root));
    const rows = locale === 'en' ? [] : sourceRows(locale);
    const referenced = rows.filter((row) => !/^none\b/.test(row.reference)).length;
    lines.push(
      [
        locale === 'en' ? '`en`' : `[\`${locale}\`](${locale}.md)`,
        localeName(locale),
        directionOf(locale),
        new Intl.PluralRules(locale).resolvedOptions().pluralCategories.join(', '),
        digitNames[format.numberingSystem] ?? format.numberingSystem,
        calendarNames[format.calendar] ?? format.calendar,
        `${file.length} (${gzipSync(file, { level: 9 }).length})`,
        locale === 'en' ? 'the source language' : `${referenced} of ${rows.length}`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    );
  }
  return `${start}\n\n${lines.join('\n')}\n\n${end}`;
}

/** The index with its table as the files give it now. */
export async function currentIndex() {
  const text = readFileSync(indexFile, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${fileURLToPath(indexFile)}: no locale table markers`);
  const written = text.slice(0, from) + (await localeTable()) + text.slice(to + end.length);
  // As Prettier lays it out (npm run lint checks that every Markdown file is).
  const options = await prettier.resolveConfig(fileURLToPath(indexFile));
  return { text, expected: await prettier.format(written, { ...options, filepath: fileURLToPath(indexFile) }) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { text, expected } = await currentIndex();
  if (text === expected) console.log('docs/locales/README.md: up to date');
  else {
    writeFileSync(indexFile, expected);
    console.log('docs/locales/README.md: table written');
  }
}
