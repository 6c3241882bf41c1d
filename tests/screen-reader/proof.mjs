// The proof that the checks can fail: the same reading of two deliberately broken pages, served
// beside the real demo (nothing is rebuilt, nothing in dist/ is changed), where the checks must
// find exactly what was broken. If a broken page passes, the run fails: a check that cannot
// fail checks nothing.
//   - a caption without its language: the seed article with the caption marked as English,
//     the article's language, so that it is rendered with no lang of its own;
//   - a skip link that does not move focus: the demo page with a script that swallows every
//     skip link's activation before the element sees it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from './checks.mjs';

const seed = JSON.parse(readFileSync(new URL('../../src/document/seed-article.json', import.meta.url), 'utf8'));

const broken = [
  {
    name: 'a caption without its lang',
    page: { name: 'proof-caption', locale: 'en', src: 'proof/caption-without-lang.json' },
    expect: /the caption .* should be read once, as de; it was read 1 time\(s\): en/,
    serve(overrides) {
      // Tagged with the article's language, the caption is rendered without a lang of its own.
      const caption = { ...seed.image.caption, lang: seed.lang };
      const article = { ...seed, image: { ...seed.image, caption } };
      overrides.set('/proof/caption-without-lang.json', JSON.stringify(article));
    },
  },
  {
    name: 'a skip link that does not move focus',
    page: { name: 'proof-skip', locale: 'en', path: 'proof/skip-link-broken.html?locale=en', skipLinks: [1] },
    expect: /Enter on "Skip to content" should take Orca to/,
    serve(overrides, demo) {
      const script = `addEventListener('click', (event) => {
  if (event.composedPath().some((node) => node.getAttribute?.('part') === 'skip-link')) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);`;
      overrides.set('/proof/break-skip-links.js', script);
      // The demo page, one folder down: its relative URLs are made absolute.
      const html = readFileSync(join(demo, 'index.html'), 'utf8')
        .replaceAll('="./', '="/')
        .replace('<head>', '<head>\n<script src="/proof/break-skip-links.js"></script>');
      overrides.set('/proof/skip-link-broken.html', html);
    },
  },
];

/** Reads each broken page once, as the real pages are read, and checks it. */
export async function proveChecksFail(reader, server, demo) {
  const report = [];
  const failures = [];
  for (const { name, page, expect, serve } of broken) {
    serve(server.overrides, demo);
    const problems = checkPage(page, await reader.readPage(page));
    const found = problems.some((problem) => expect.test(problem));
    report.push(`${found ? 'ok' : 'not ok'} - the checks fail on a deliberately broken page: ${name}`);
    for (const problem of problems) report.push(`    found: ${problem}`);
    if (!found) failures.push(`the checks did not find ${name} (${expect})`);
  }
  return { report, failures };
}
