import seed from './seed-article.json' with { type: 'json' };
import type { ArticleDocument } from './schema.js';

/**
 * The seed is the project's own document, checked by a test to be exactly what validating it
 * gives (tests/node/default-article.test.mjs): the page does not validate it again at start-up.
 */
const parsed = seed as ArticleDocument;

/**
 * The built-in default: the Deutsche Welle report from the project's seed. The seed has no
 * photograph, so the image is the project's own placeholder, resolved next to this module (or
 * inlined by a bundler) so it works wherever the package is served.
 */
export const defaultArticle: ArticleDocument = {
  ...parsed,
  image: parsed.image && { ...parsed.image, src: new URL('../assets/placeholder.svg', import.meta.url).href },
};
