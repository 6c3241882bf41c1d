import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';
import type { TFunction } from 'i18next';
import type { ArticleDocument, TextPart } from './schema.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The static tag for a heading level, for `lit/static-html.js` templates. */
export function headingTag(level: HeadingLevel) {
  return headingTags[level - 1];
}

export interface ContentOptions {
  headingLevel: HeadingLevel;
  headingId: string;
  /** Interface locale and strings, for labels and the date. */
  locale: string;
  t: TFunction;
}

/**
 * Formats the publication date in the interface locale. A date without a time is a calendar
 * day, shown as written; a timestamp is shown in the publisher's time zone (DW: Berlin).
 */
export function formatPublished(published: string, locale: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: dateOnly ? 'UTC' : 'Europe/Berlin',
  }).format(new Date(dateOnly ? `${published}T00:00:00Z` : published));
}

/** `lang` for a part, omitted where it only repeats what the part inherits. */
function langOf(part: TextPart, inherited: string): string | typeof nothing {
  return part.lang === inherited ? nothing : part.lang;
}

/**
 * The article as light-DOM markup (the contract documented in the README). Every text part
 * is bound as text, never as HTML. Interface labels carry the interface locale's `lang`.
 */
export function articleContent(doc: ArticleDocument, options: ContentOptions): TemplateResult {
  const { t, locale } = options;
  const heading = headingTag(options.headingLevel);
  const { image } = doc;
  return html`<article class="dw-article" lang=${doc.lang}>
    ${staticHtml`<${heading} class="dw-headline" id=${options.headingId} lang=${langOf(doc.headline, doc.lang)}>${doc.headline.text}</${heading}>`}
    <p class="dw-dateline">
      <span class="dw-visually-hidden" data-dw-label="article.published" lang=${locale}>${t('article.published')}</span>
      <time datetime=${doc.published} lang=${locale}>${formatPublished(doc.published, locale)}</time>
    </p>
    ${doc.teaser
      ? html`<p class="dw-teaser" lang=${langOf(doc.teaser, doc.lang)}>${doc.teaser.text}</p>`
      : nothing}
    ${doc.shortUrl
      ? html`<p class="dw-short-link">
          <span class="dw-label" data-dw-label="article.shortLink" lang=${locale}>${t('article.shortLink')}</span>
          <a href=${doc.shortUrl}>${doc.shortUrl}</a>
        </p>`
      : nothing}
    ${image
      ? html`<figure class="dw-figure">
          <img
            src=${image.src}
            width=${image.width}
            height=${image.height}
            alt=${image.alt.text}
            lang=${langOf(image.alt, doc.lang)}
          />
          ${image.caption || image.credit
            ? html`<figcaption>
                ${image.caption
                  ? html`<span class="dw-caption" lang=${langOf(image.caption, doc.lang)}>${image.caption.text}</span>`
                  : nothing}
                ${image.credit
                  ? html`<span class="dw-credit"
                      ><span data-dw-label="article.imageCredit" lang=${locale}>${t('article.imageCredit')}</span>
                      ${image.credit}</span
                    >`
                  : nothing}
              </figcaption>`
            : nothing}
        </figure>`
      : nothing}
    <div class="dw-body">
      ${doc.body.map((paragraph) => html`<p lang=${langOf(paragraph, doc.lang)}>${paragraph.text}</p>`)}
    </div>
    ${doc.credits ? html`<p class="dw-credits">${doc.credits}</p>` : nothing}
  </article>`;
}
