import type { ArticleInput } from './schema.js';

/**
 * Reads an article document back out of light-DOM markup that follows the contract (for
 * markup a page rendered on its server), so `.article` can return what is shown. The result
 * still has to pass `parseArticle`.
 */
export function readArticleMarkup(article: Element): Partial<ArticleInput> {
  // JSON drops the parts the markup does not have, as a document would leave them out.
  return JSON.parse(JSON.stringify(readParts(article))) as Partial<ArticleInput>;
}

function readParts(article: Element): Partial<ArticleInput> {
  const text = (element: Element | null | undefined) =>
    element?.textContent?.trim() ? { text: element.textContent.trim(), lang: langOf(element) } : undefined;
  const img = article.querySelector<HTMLImageElement>('figure img');
  const credit = article.querySelector('.dw-credit');
  return {
    lang: article.getAttribute('lang') ?? undefined,
    headline: text(article.querySelector(':is(h1, h2, h3, h4, h5, h6)')),
    published: article.querySelector('.dw-dateline time')?.getAttribute('datetime') ?? undefined,
    timeZone: article.querySelector('.dw-dateline time')?.getAttribute('data-dw-time-zone') ?? undefined,
    teaser: text(article.querySelector('.dw-teaser')),
    shortUrl: article.querySelector('.dw-short-link a')?.getAttribute('href') ?? undefined,
    image: img
      ? {
          src: img.getAttribute('src') ?? '',
          width: Number(img.getAttribute('width')),
          height: Number(img.getAttribute('height')),
          alt: { text: img.alt, lang: langOf(img) },
          caption: text(article.querySelector('.dw-caption')),
          credit: credit ? textWithoutLabels(credit) || undefined : undefined,
        }
      : undefined,
    body: [...article.querySelectorAll('.dw-body p')].flatMap((p) => text(p) ?? []),
    credits: visibleText(article.querySelector('.dw-credits')) || undefined,
  };
}

function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? '';
}

/** Text without what is there for screen readers only (agency names spelled out). */
function visibleText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.dw-visually-hidden')) hidden.remove();
  return copy.textContent!.trim();
}

function textWithoutLabels(element: Element): string {
  return [...element.childNodes]
    .filter((node) => node instanceof Text || (node instanceof Element && !node.hasAttribute('data-dw-label')))
    .map((node) => node.textContent)
    .join('')
    .trim();
}
