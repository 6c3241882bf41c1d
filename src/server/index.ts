/**
 * `dw-article/server.js` (Node only): server rendering (`render.ts`, which needs the optional
 * peer `@lit-labs/ssr`), the HTML importer (`html-to-article.ts`, which needs `linkedom`), and
 * the interface locales' API, the same as the browser's.
 */
export {
  articleStyles,
  renderArticle,
  renderArticleElement,
  RenderOptionsError,
  type RenderedElement,
  type ServerRenderOptions,
} from './render.js';
export { htmlToArticle, type HtmlImport, type ImportOptions } from './html-to-article.js';
export * from '../i18n/public.js';
export { parseArticle, ArticleError, type ArticleDocument, type ArticleInput } from '../document/schema.js';
