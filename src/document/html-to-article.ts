import { importArticle, type ImportOptions } from './import-html.js';
import { parseArticle, type ArticleDocument } from './schema.js';

export type { ImportOptions } from './import-html.js';

export interface HtmlImport {
  /** The article, validated like any document (an invalid one throws `ArticleError`). */
  article: ArticleDocument;
  /** What the import left out, and why: one line each. */
  dropped: string[];
}

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
let policy: HtmlPolicy | null | undefined;

/**
 * Parses HTML into an inert document (`DOMParser`: nothing in it runs, loads or reaches the
 * page). Under Trusted Types the string goes through the policy "dw-article-import", which
 * only ever hands it to this parser; a page that does not allow that policy can parse the
 * HTML itself and pass the `Document`.
 */
function parse(html: string): Document {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } })
    .trustedTypes;
  if (policy === undefined) {
    try {
      policy = trustedTypes?.createPolicy('dw-article-import', { createHTML: (input) => input }) ?? null;
    } catch (error) {
      throw new TypeError(
        `htmlToArticle: this page's Trusted Types rules do not allow the policy "dw-article-import" (${(error as Error).message}). Allow it in the trusted-types directive, or parse the HTML yourself and pass the Document.`,
      );
    }
  }
  return new DOMParser().parseFromString((policy ? policy.createHTML(html) : html) as string, 'text/html');
}

/**
 * An article document from a CMS's HTML: a whole page or an article fragment, as a string, a
 * parsed `Document` or an element. See `importArticle` for what is kept; `dropped` says what
 * was not, and why.
 */
export function htmlToArticle(html: string | Document | Element, options: ImportOptions = {}): HtmlImport {
  const { document, dropped } = importArticle(typeof html === 'string' ? parse(html) : html, options);
  return { article: parseArticle(document), dropped };
}
