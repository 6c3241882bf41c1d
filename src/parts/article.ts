import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { agencyMentions } from '../document/agencies.js';
import { readingMinutes } from '../document/reading-time.js';
import type { ArticleDocument } from '../document/schema.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import type { MessageKey } from '../i18n/keys.js';
import { directionOf } from '../i18n/languages.js';
import { bodyBlock } from './blocks.js';
import { figure } from './figure.js';
import { dirIf, headingTag, langIf, uiRun, type HeadingLevel } from './runs.js';

export interface ContentOptions {
  headingLevel: HeadingLevel;
  headingId: string;
  /** The interface locale: labels, the date, the reading time. */
  ui: InterfaceLocale;
  /** Whether a fragment id is taken elsewhere on the page. */
  idTaken?: (id: string) => boolean;
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
  const context = {
    lang,
    headingLevel: options.headingLevel,
    idPrefix: options.headingId,
    ui,
    ids: new Set<string>(),
    idTaken: options.idTaken,
  };
  return html`<article class="dw-article" lang=${lang} dir=${directionOf(lang)}>
    ${staticHtml`<${heading} class="dw-headline" id=${options.headingId} lang=${ifDefined(langIf(doc.headline.lang, lang))} dir=${ifDefined(dirIf(doc.headline.lang, lang))}>${doc.headline.text}</${heading}>`}
    <p class="dw-published">
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
    ${alternates(doc, options)}
    <div class="dw-body">
      ${image ? figure(image, ui, lang, true) : nothing}
      ${doc.body.map((block) => bodyBlock(block, context))}
    </div>
    ${doc.credits ? html`<p class="dw-credits dw-byline"><bdi>${credits(doc.credits)}</bdi></p>` : nothing}
  </article>`;
}

/** A credits line, each known agency's full name after its first mention, for screen readers only. */
function credits(line: string) {
  return agencyMentions(line).map(({ text, fullName }) =>
    fullName ? html`${text}<span class="dw-visually-hidden">${` (${fullName})`}</span>` : text,
  );
}

/**
 * "Also in": the same article in other languages, each link named in its own language and
 * marked with it (`hreflang`, `lang`), after a label in the interface locale.
 */
function alternates(doc: ArticleDocument, { ui, headingId }: ContentOptions) {
  if (!doc.alternates?.length) return nothing;
  const label = ui.label('article.alternates');
  const id = `${headingId}-alternates`;
  return html`<nav class="dw-alternates" aria-labelledby=${id}>
    <span class="dw-label" id=${id} data-dw-label="article.alternates" lang=${label.lang} dir=${ifDefined(dirIf(label.lang, doc.lang))}
      >${label.text}</span
    >
    <ul>
      ${doc.alternates.map(
        (alternate) =>
          html`<li>
            <a href=${alternate.href} hreflang=${alternate.lang} lang=${alternate.lang} dir=${directionOf(alternate.lang)}
              >${alternate.title}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}
