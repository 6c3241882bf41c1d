// The page author's whole integration: one import, the article, a locale of the app's own.
import { overrideStrings, registerLocale, type ArticleInput } from 'dw-article';
import json from './article.json';

// A locale the package does not have, loaded on first use, and a string of the site's own.
registerLocale('it', () => import('./it.json'));
overrideStrings('en', { skipLinks: { content: 'Skip to the article' } });

const element = document.querySelector('dw-article')!;
element.addEventListener('dw-load', (event) => {
  document.querySelector('#heard')!.textContent += `dw-load: ${event.detail.source}; `;
});
element.article = json as ArticleInput;
