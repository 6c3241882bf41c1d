import seed from './seed-article.json' with { type: 'json' };
import { parseArticle, type ArticleDocument } from './schema.js';

const parsed = parseArticle(seed);

/**
 * The built-in default: the Deutsche Welle report from the project's seed, validated like
 * any other document. The seed has no photograph, so the image is the project's own
 * placeholder, resolved next to this module (or inlined by a bundler) so it works wherever
 * the package is served.
 */
export const defaultArticle: ArticleDocument = {
  ...parsed,
  image: parsed.image && { ...parsed.image, src: new URL('../assets/placeholder.svg', import.meta.url).href },
};
