import { agencyNames } from '../document/agencies.js';
import type { ArticleDocument } from '../document/schema.js';

/**
 * `NewsArticle` structured data (schema.org JSON-LD) from the same document the element
 * renders, so the two cannot drift: headline, date, language, teaser, the short link as `url`,
 * the image with its caption (in the caption's own language) and credit, the agencies of the
 * credits line as `sourceOrganization`, and the body. The image URL is made absolute against
 * `base` when there is one (in the browser, the page's); JSON-LD resolves a relative one itself.
 */
export function newsArticle(doc: ArticleDocument, base?: string): Record<string, unknown> {
  const { image } = doc;
  const value = (part: { text: string; lang: string }) =>
    part.lang === doc.lang ? part.text : { '@value': part.text, '@language': part.lang };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: value(doc.headline),
    inLanguage: doc.lang,
    datePublished: doc.published,
    ...(doc.teaser && { description: value(doc.teaser) }),
    ...(doc.shortUrl && { url: doc.shortUrl }),
    ...(image && {
      image: {
        '@type': 'ImageObject',
        contentUrl: base ? new URL(image.src, base).href : image.src,
        width: image.width,
        height: image.height,
        ...(image.caption && { caption: value(image.caption) }),
        ...(image.credit && { creditText: image.credit }),
      },
    }),
    ...(doc.credits && {
      sourceOrganization: agencyNames(doc.credits).map(([abbreviation, name]) => ({
        '@type': 'Organization',
        name,
        alternateName: abbreviation,
      })),
    }),
    articleBody: doc.body.map((paragraph) => paragraph.text).join('\n\n'),
  };
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
