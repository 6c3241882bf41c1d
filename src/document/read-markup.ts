import { importArticle } from './import-html.js';
import type { ArticleInput } from './schema.js';

/**
 * Reads an article document back out of light-DOM markup that follows the contract (for
 * markup a page rendered on its server), so `.article` can return what is shown. The result
 * still has to pass `parseArticle`.
 */
export function readArticleMarkup(article: Element): Partial<ArticleInput> {
  return importArticle(article).document;
}
