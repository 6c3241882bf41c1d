import type { TFunction } from 'i18next';
import { formatPublished } from './content.js';
import type { ArticleInput } from './schema.js';

/**
 * Reads an article document back out of light-DOM markup that follows the contract (for
 * markup a page rendered on its server), so `.article` can return what is shown. The result
 * still has to pass `parseArticle`.
 */
export function readArticleMarkup(article: Element): Partial<ArticleInput> {
  const text = (element: Element | null | undefined) =>
    element?.textContent?.trim() ? { text: element.textContent.trim(), lang: langOf(element) } : undefined;
  const img = article.querySelector<HTMLImageElement>('figure img');
  const credit = article.querySelector('.dw-credit');
  return {
    lang: article.getAttribute('lang') ?? undefined,
    headline: text(article.querySelector(':is(h1, h2, h3, h4, h5, h6)')),
    published: article.querySelector('.dw-dateline time')?.getAttribute('datetime') ?? undefined,
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
    credits: article.querySelector('.dw-credits')?.textContent?.trim() || undefined,
  };
}

/** Puts the interface labels and the date of contract markup into `locale`, touching nothing else. */
export function localizeMarkup(article: Element, locale: string, t: TFunction): void {
  for (const label of article.querySelectorAll<HTMLElement>('[data-dw-label]')) {
    label.textContent = t(label.dataset.dwLabel!);
    label.lang = locale;
  }
  const time = article.querySelector<HTMLElement>('.dw-dateline time[datetime]');
  if (time && !Number.isNaN(Date.parse(time.getAttribute('datetime')!))) {
    time.textContent = formatPublished(time.getAttribute('datetime')!, locale);
    time.lang = locale;
  }
}

function langOf(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? '';
}

function textWithoutLabels(element: Element): string {
  return [...element.childNodes]
    .filter((node) => node instanceof Text || (node instanceof Element && !node.hasAttribute('data-dw-label')))
    .map((node) => node.textContent)
    .join('')
    .trim();
}
