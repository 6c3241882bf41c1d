// The site's whole integration: a shortcode that renders an article document at build time,
// the element's script copied beside the pages, and a locale of the site's own.
import { readFileSync } from 'node:fs';
import { articleStyles, overrideStrings, registerLocale, renderArticle } from 'dw-article/server.js';
import { siteStrings } from './strings.js';

const italian = JSON.parse(readFileSync('it.json', 'utf8'));
registerLocale('it', italian);
overrideStrings('en', siteStrings);
overrideStrings('it', { skipLinks: { moreSites: 'Vai agli altri siti' } });

/** The article document, its images made site-absolute (the pages are at / and /it/). */
const article = () =>
  JSON.parse(readFileSync('article.json', 'utf8'), (key, value) =>
    key === 'src' && !value.startsWith('/') ? `/${value}` : value,
  );

export default function (config) {
  config.addPassthroughCopy({ 'node_modules/dw-article/dist/bundle': 'dw' });
  config.addPassthroughCopy({
    'it.json': 'it.json',
    'strings.js': 'strings.js',
    'test-fixture.svg': 'test-fixture.svg',
  });
  config.addShortcode('articleStyles', () => articleStyles());
  config.addShortcode('article', (locale, header, footer) =>
    renderArticle(article(), {
      fragment: true,
      styles: false,
      locale,
      header,
      footer,
      menuTarget: '#menu',
      sitesTarget: '#sites',
    }),
  );
  return { dir: { input: 'pages', output: '_site' } };
}
