import { agencyNames } from '../document/agencies.js';
import type { ArticleDocument, ArticleImage } from '../document/schema.js';
import { blockText } from '../document/text.js';

/**
 * `NewsArticle` structured data (schema.org JSON-LD) from the same document the element
 * renders, so the two cannot drift: headline, date, language, teaser, the short link as `url`,
 * every image with its caption (in the caption's own language) and credit, the other languages
 * as `workTranslation`, the agencies of the credits line as `sourceOrganization`, and the whole
 * body as text. Image URLs are made absolute against
 * `base` when there is one (in the browser, the page's); JSON-LD resolves a relative one itself.
 */
export function newsArticle(doc: ArticleDocument, base?: string): Record<string, unknown> {
  const value = (part: { text: string; lang: string }) =>
    part.lang === doc.lang ? part.text : { '@value': part.text, '@language': part.lang };
  const images = [
    doc.image,
    ...doc.body.flatMap((block) => ('type' in block && block.type === 'figure' ? [block.image] : [])),
  ]
    .filter((image) => image !== undefined)
    .map((image) => imageObject(image));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: value(doc.headline),
    inLanguage: doc.lang,
    datePublished: doc.published,
    ...(doc.teaser && { description: value(doc.teaser) }),
    ...(doc.shortUrl && { url: doc.shortUrl }),
    ...(images.length && { image: images.length === 1 ? images[0] : images }),
    ...(doc.alternates?.length && {
      workTranslation: doc.alternates.map((alternate) => ({
        '@type': 'NewsArticle',
        url: alternate.href,
        inLanguage: alternate.lang,
        headline: { '@value': alternate.title, '@language': alternate.lang },
      })),
    }),
    ...(doc.credits && {
      sourceOrganization: agencyNames(doc.credits).map(([abbreviation, name]) => ({
        '@type': 'Organization',
        name,
        alternateName: abbreviation,
      })),
    }),
    articleBody: doc.body
      .filter((block) => !('type' in block) || (block.type !== 'figure' && block.type !== 'related'))
      .map((block) => blockText(block, doc.lang))
      .join('\n\n'),
  };

  function imageObject(image: ArticleImage) {
    return {
      '@type': 'ImageObject',
      contentUrl: base ? new URL(image.src, base).href : image.src,
      width: image.width,
      height: image.height,
      ...(image.caption && { caption: value(image.caption) }),
      ...(image.credit && { creditText: image.credit }),
    };
  }
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/**
 * The JSON-LD as a `<script type="application/ld+json">`. Under Trusted Types the text goes
 * through a policy that only ever sees this module's own JSON; where the page does not allow
 * the policy, there is no structured data (and a warning), never a violation.
 */
export function structuredDataScript(doc: ArticleDocument): HTMLScriptElement | undefined {
  const trustedTypes = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }
  ).trustedTypes;
  if (policy === undefined) {
    try {
      policy = trustedTypes?.createPolicy('dw-article-json-ld', { createScript: (json) => json }) ?? null;
    } catch {
      console.warn(
        '<dw-article>: the page does not allow the Trusted Types policy "dw-article-json-ld"; no structured data.',
      );
      policy = null;
      return undefined;
    }
  }
  if (trustedTypes && !policy) return undefined;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.className = 'dw-structured-data';
  const json = jsonForScript(newsArticle(doc, document.baseURI));
  (script as unknown as { text: unknown }).text = policy ? policy.createScript(json) : json;
  return script;
}

/** JSON that can sit inside a `<script>`: `<` escaped, so it can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

/**
 * Keeps the JSON-LD in `container` in step with the article shown (`doc()`), or takes it away
 * when there is none. Markup a server rendered (`adopted`) keeps the script it came with.
 */
export function syncStructuredData(
  container: HTMLElement,
  doc: () => ArticleDocument | undefined,
  adopted: boolean,
): void {
  const existing = container.querySelector(':scope > script.dw-structured-data');
  if (adopted && existing) return;
  existing?.remove();
  const shown = doc();
  const script = shown && structuredDataScript(shown);
  if (script) container.append(script);
}
