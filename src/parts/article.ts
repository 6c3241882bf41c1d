import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { agencyMentions } from '../document/agencies.js';
import { readingMinutes } from '../document/reading-time.js';
import type { ArticleDocument } from '../document/schema.js';
import type { InterfaceLocale, Label } from '../i18n/interface-locale.js';
import type { MessageKey } from '../i18n/keys.js';
import { directionOf, type Direction } from '../i18n/languages.js';

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
  ui: InterfaceLocale;
}

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
function uiRun(label: Label, articleLang: string, attributes: { key?: MessageKey; className?: string } = {}) {
  return html`<span
    class=${ifDefined(attributes.className)}
    data-dw-label=${attributes.key ?? nothing}
    lang=${label.lang}
    dir=${ifDefined(dirIf(label.lang, articleLang))}
    >${label.text}</span
  >`;
}

/** "Copy link": the element handles its clicks (also in markup a server rendered). */
function copyButton(ui: InterfaceLocale, articleLang: string): TemplateResult {
  const key: MessageKey = 'article.copyLink';
  const label = ui.label(key);
  return html`<button
    type="button"
    class="dw-copy-link"
    data-dw-label=${key}
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
        >${ui.date(doc.published, doc.timeZone)}</time
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
    ${doc.credits ? html`<p class="dw-credits"><bdi>${credits(doc.credits)}</bdi></p>` : nothing}
  </article>`;
}

/** A credits line, each known agency's full name after its first mention, for screen readers only. */
function credits(line: string) {
  return agencyMentions(line).map(({ text, fullName }) =>
    fullName ? html`${text}<span class="dw-visually-hidden">${` (${fullName})`}</span>` : text,
  );
}
