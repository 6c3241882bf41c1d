// renderArticle in a Server Component: the element's markup as a string, put into the page, and
// the element's script (with Lit's hydration support) from a client module, to take it over.
import { renderArticle } from 'dw-article/server.js';
import article from '../../article.json';
import { Hydrate } from './hydrate';

export default function Rendered() {
  const markup = renderArticle(article, { fragment: true, locale: 'de', styles: true });
  return (
    <>
      {/* The element changes its own light DOM when it takes over: React is told not to compare it. */}
      <main dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />
      <Hydrate />
    </>
  );
}
