/**
 * `dw-article/import.js`: `htmlToArticle`, an article document from a CMS's HTML, in the
 * browser (on Node it is in `dw-article/server.js`). An entry of its own, so pages that only
 * show articles do not download an HTML importer.
 */
export { htmlToArticle, type HtmlImport, type ImportOptions } from './document/html-to-article.js';
