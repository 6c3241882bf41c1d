// What a reader needs from what Orca spoke, beyond "the same as last reviewed": each check names
// the problem it finds. The expected words come from the project's own data (the seed article,
// the locale files), never from the transcript being checked.
import { readFileSync } from 'node:fs';
import { strings, text } from './speech-log.mjs';

const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const seed = json('../../src/document/seed-article.json');
const rich = json('../../demo/public/articles/rich-test-fixture.json');
const interfaceStrings = (locale) => json(`../../locales/${locale}.json`);

/** The demo's host page names its two navigation landmarks so (demo/index.html). */
const skipTargets = [
  { key: 'content', says: (page) => [(page.rich ? rich : seed).headline.text, 'heading level 1'] },
  { key: 'mainMenu', says: () => ['navigation', 'Main menu'] },
  { key: 'moreSites', says: () => ['navigation', 'More DW sites'] },
];

/** Problems found in one page's reading; an empty list when there are none. */
export function checkPage(page, result) {
  const problems = [];
  const spoken = strings(result.sections.flatMap(([, records]) => records));
  const article = page.rich ? rich : seed;

  // Nothing is announced as clickable: nothing on the page is, but for its links and buttons.
  for (const { string } of spoken.filter(({ string }) => /\bclickable\b/.test(string)))
    problems.push(`Orca says "${string}": something that cannot be clicked is exposed as clickable`);

  // No empty live region read out while reading the page.
  if (strings(result.sayAll).some(({ string }) => /^status ?bar$/.test(string)))
    problems.push('say-all reads out an empty live region ("statusbar")');

  // The lead caption: read once, in its own language.
  const caption = article.image.caption;
  const heard = strings(result.sayAll).filter(({ string }) => string.includes(caption.text.slice(0, 20)));
  if (heard.length !== 1 || heard[0].language !== caption.lang)
    problems.push(
      `the caption "${caption.text}" should be read once, as ${caption.lang}; it was read ${heard.length} time(s): ${heard.map(({ language }) => language ?? 'no language').join(', ') || 'never'}`,
    );

  // The body in its language: its first paragraph, as the reader hears it.
  const first = article.body.find((block) => typeof block.text === 'string');
  const opening = strings(result.sayAll).find(({ string }) => first && string.startsWith(first.text.slice(0, 30)));
  if (!opening || opening.language !== (first.lang ?? article.lang))
    problems.push(
      `the first paragraph should be read as ${article.lang}: ${opening ? opening.language : 'not read at all'}`,
    );

  // A phrase in another language inside a sentence: exposed as its language, between the
  // sentence's own (the rich fixture's German quote). Where a line wraps is the browser's.
  if (page.rich) {
    const parts = strings(result.sayAll);
    const i = parts.findIndex(({ string }) => string.includes('Wir schaffen das'));
    const around = parts.slice(Math.max(0, i - 1), i + 2);
    const [before, quote, after] = around;
    if (
      i < 1 ||
      !before.string.endsWith('quoted in German:') ||
      before.language !== 'en' ||
      quote.language !== 'de' ||
      !after?.string.startsWith(', and the meeting') ||
      after.language !== 'en'
    )
      problems.push(
        `the German quote should be de between the English of its sentence; Orca read: ${around.map(({ string, language }) => `[${language}] ${string}`).join(' ') || 'not the quote'}`,
      );
  }

  // The skip links: each named in the interface language, and Enter takes the reader to its target.
  const { locale } = page;
  for (const walk of result.skipLinks) {
    const { key, says } = skipTargets[walk.n - 1];
    const label = interfaceStrings(locale).skipLinks[key];
    const link = strings(walk.link);
    if (!link.some(({ string, language }) => string === label && language === locale))
      problems.push(
        `Tab × ${walk.n} should say "${label}" (${locale}); it said: ${walk.link.map(text).join(' / ') || 'nothing'}`,
      );
    const landed = walk.landed.map(text).join(' ');
    if (!says(page).every((words) => landed.includes(words)))
      problems.push(
        `Enter on "${label}" should take Orca to ${says(page).join(', ')}; it said: ${landed || 'nothing'}`,
      );
  }

  // The locale switch: the new language named in itself, and announced once in it.
  if (result.switch) {
    for (const [step, key, locale, name] of [
      ['choose', 'Up', 'de', 'Deutsch'],
      ['jump', 'p', 'pl', 'Polski'],
    ]) {
      const said = strings(result.switch[step]);
      const announcement = interfaceStrings(locale).state.localeChanged.replace('{{language}}', name);
      if (!said.some(({ string }) => string === name))
        problems.push(
          `${key} on the language menu should say "${name}"; it said: ${result.switch[step].map(text).join(' / ') || 'nothing'}`,
        );
      const announced = said.filter(({ string }) => string === announcement).length;
      if (announced !== 1)
        problems.push(
          `the switch to ${name} should be announced once ("${announcement}"); it was ${announced} time(s)`,
        );
    }
  }
  return problems;
}
