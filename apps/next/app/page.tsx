// A Server Component: the article comes from the app's own data and is rendered on the server,
// inside the markup Next.js sends; no client code of the app's own.
import Link from 'next/link';
import { DwArticle } from 'dw-article/react';
import type { ArticleInput } from 'dw-article';
import json from '../article.json';

// A JSON import loses its literal types; the element validates the document when it gets it.
const article = json as ArticleInput;

export default function Page() {
  return (
    <>
      {/* In React the element's children are its own: the page's landmarks go around it. */}
      <main>
        <DwArticle article={article} locale="en" sitesTarget="#sites" />
      </main>
      <footer>
        <nav id="sites" aria-label="More sites" tabIndex={-1}>
          <a href="https://example.com/">Example sites</a> <Link href="/client">The client page</Link>
        </nav>
      </footer>
    </>
  );
}
