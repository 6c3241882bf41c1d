import { ArticleError, parseArticle, type ArticleDocument } from './schema.js';

/**
 * Fetches, parses and validates the article document at `src` (resolved against the page).
 * Relative image URLs in it (the lead image and every figure) are resolved against the
 * document's own URL, as a stylesheet's `url()` is. Fails with an {@link ArticleError} that says why; an abort is passed through.
 */
export async function fetchArticle(src: string, signal: AbortSignal): Promise<ArticleDocument> {
  const url = new URL(src, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ArticleError('network', [`${url.href}: ${(error as Error).message}`]);
  }
  if (!response.ok) {
    throw new ArticleError('http', [`${url.href}: HTTP ${response.status}`], response.status);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ArticleError('json', [`${url.href}: ${(error as Error).message}`]);
  }
  const doc = parseArticle(data);
  const image = <T extends { src: string }>(picture: T): T => ({ ...picture, src: resolve(picture.src, url) });
  return {
    ...doc,
    ...(doc.image && { image: image(doc.image) }),
    body: doc.body.map((block) =>
      'type' in block && block.type === 'figure' ? { ...block, image: image(block.image) } : block,
    ),
  };
}

function resolve(src: string, base: URL): string {
  return URL.canParse(src, base) ? new URL(src, base).href : src;
}
