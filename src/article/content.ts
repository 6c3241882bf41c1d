import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { directionOf, type Direction, type Label, type Ui } from '../i18n/ui.js';
import { creditsWithAgencies } from './agencies.js';
import { readingMinutes } from './reading-time.js';
import type { ArticleDocument } from './schema.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The static tag for a heading level, for `lit/static-html.js` templates. */
export function headingTag(level: HeadingLevel) {
  return headingTags[level - 1];
}

export interface ContentOptions {
  headingLevel: HeadingLevel;
  headingId: string;
  /** The interface locale: labels, the date, the reading time. */
  ui: Ui;
}

/** The publisher's time zone, for timestamps of articles that do not name their own. */
export const publisherTimeZone = 'Europe/Berlin';

/**
 * Formats the publication date for the interface locale (its calendar and digits). A date
 * without a time is a calendar day, shown as written; a timestamp is shown in the article's
 * time zone, or the publisher's.
 */
export function formatPublished(published: string, formatLocale: string, timeZone = publisherTimeZone): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
  const zone = dateOnly ? 'UTC' : timeZone;
  const key = `${formatLocale} ${zone}`;
  let format = dateFormats.get(key);
  if (!format)
    dateFormats.set(key, (format = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'long', timeZone: zone })));
  return format.format(new Date(dateOnly ? `${published}T00:00:00Z` : published));
}

/** One date format per locale and time zone, made on first use (Intl formats are not cheap). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `lang` for a run, left out where it repeats what the run inherits. */
function langIf(lang: string, inherited: string): string | undefined {
  return lang === inherited ? undefined : lang;
}

/** `dir` for a run, left out where it repeats the direction the run inherits. */
function dirIf(lang: string, inherited: string): Direction | undefined {
  const dir = directionOf(lang);
  return dir === directionOf(inherited) ? undefined : dir;
}

/** An interface label inside the article: its own language and direction, isolated. */
function uiRun(label: Label, articleLang: string, attributes: { key?: string; className?: string } = {}) {
  return html`<span
    class=${ifDefined(attributes.className)}
    data-dw-label=${attributes.key ?? nothing}
    lang=${label.lang}
    dir=${ifDefined(dirIf(label.lang, articleLang))}
    >${label.text}</span
  >`;
}

/** "Copy link": the element handles its clicks (also in markup a server rendered). */
function copyButton(ui: Ui, articleLang: string): TemplateResult {
  const label = ui.label('article.copyLink');
  return html`<button
    type="button"
    class="dw-copy-link"
    data-dw-label="article.copyLink"
    lang=${label.lang}
    dir=${ifDefined(dirIf(label.lang, articleLang))}
  >
    ${label.text}
  </button>`;
}

/**
 * The article as light-DOM markup (the contract documented in the README). Every text part
 * is bound as text, never as HTML. The article's blocks follow the article's language and
 * direction; interface labels, the date and the reading time are runs in the interface
 * locale; names, URLs and credits are isolated so they read in the right order either way.
 */
export function articleContent(doc: ArticleDocument, options: ContentOptions): TemplateResult {
  const { ui } = options;
  const heading = headingTag(options.headingLevel);
  const { image, lang } = doc;
  const minutes = readingMinutes(doc);
  const readingTime = ui.plural('article.readingTime', minutes);
  return html`<article class="dw-article" lang=${lang} dir=${directionOf(lang)}>
    ${staticHtml`<${heading} class="dw-headline" id=${options.headingId} lang=${ifDefined(langIf(doc.headline.lang, lang))} dir=${ifDefined(dirIf(doc.headline.lang, lang))}>${doc.headline.text}</${heading}>`}
    <p class="dw-dateline">
      ${uiRun(ui.label('article.published'), lang, { key: 'article.published', className: 'dw-visually-hidden' })}
      <time
        datetime=${doc.published}
        data-dw-time-zone=${doc.timeZone ?? nothing}
        lang=${ui.locale}
        dir=${ifDefined(dirIf(ui.locale, lang))}
        >${formatPublished(doc.published, ui.formatLocale, doc.timeZone)}</time
      ><span class="dw-separator" aria-hidden="true"> · </span
      ><span class="dw-reading-time" data-dw-minutes=${minutes} lang=${readingTime.lang} dir=${ifDefined(dirIf(readingTime.lang, lang))}
        >${readingTime.text}</span
      >
    </p>
    ${
      doc.teaser
        ? html`<p class="dw-teaser" lang=${ifDefined(langIf(doc.teaser.lang, lang))} dir=${ifDefined(dirIf(doc.teaser.lang, lang))}>
          ${doc.teaser.text}
        </p>`
        : nothing
    }
    ${
      doc.shortUrl
        ? html`<p class="dw-short-link">
          ${uiRun(ui.label('article.shortLink'), lang, { key: 'article.shortLink', className: 'dw-label' })}
          <a href=${doc.shortUrl} dir="ltr">${doc.shortUrl}</a>
          ${copyButton(ui, lang)}
        </p>`
        : nothing
    }
    ${
      image
        ? html`<figure class="dw-figure">
          <img
            src=${image.src}
            width=${image.width}
            height=${image.height}
            alt=${image.alt.text}
            lang=${ifDefined(langIf(image.alt.lang, lang))}
          />
          ${
            image.caption || image.credit
              ? html`<figcaption>
                ${
                  image.caption
                    ? html`${uiRun(ui.label('article.imageCaption'), lang, { key: 'article.imageCaption', className: 'dw-visually-hidden' })}
                      <span
                      class="dw-caption"
                      lang=${ifDefined(langIf(image.caption.lang, lang))}
                      dir=${ifDefined(dirIf(image.caption.lang, lang))}
                      >${image.caption.text}</span
                    >`
                    : nothing
                }
                ${
                  image.credit
                    ? html`<span class="dw-credit"
                      >${uiRun(ui.label('article.imageCredit'), lang, { key: 'article.imageCredit' })}
                      <bdi>${image.credit}</bdi></span
                    >`
                    : nothing
                }
              </figcaption>`
              : nothing
          }
        </figure>`
        : nothing
    }
    <div class="dw-body">
      ${doc.body.map(
        (paragraph) =>
          html`<p lang=${ifDefined(langIf(paragraph.lang, lang))} dir=${ifDefined(dirIf(paragraph.lang, lang))}>${paragraph.text}</p>`,
      )}
    </div>
    ${doc.credits ? html`<p class="dw-credits"><bdi>${creditsWithAgencies(doc.credits)}</bdi></p>` : nothing}
  </article>`;
}
