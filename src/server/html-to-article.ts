/**
 * `htmlToArticle` on Node: the same allow-list reader as in the browser, over linkedom's DOM
 * (a maintained HTML parser with the DOM's own API). `npx dw-article import` is a thin command
 * around it.
 */
import { parseHTML } from 'linkedom';
import type { HtmlImport } from '../document/html-to-article.js';
import { importArticle, type ImportOptions } from '../document/import-html.js';
import { parseArticle } from '../document/schema.js';

export type { HtmlImport, ImportOptions };

export function htmlToArticle(html: string, options: ImportOptions = {}): HtmlImport {
  // A fragment is parsed inside a page of its own, as a browser's parser would place it.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const result = importArticle(document as unknown as Document, options);
  return { article: parseArticle(result.document), dropped: result.dropped };
}
