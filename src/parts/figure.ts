import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleImage } from '../document/schema.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { dirIf, langIf, uiRun } from './runs.js';

/**
 * A picture with its caption (in the caption's own language, after a label for screen
 * readers) and its credit (a name, isolated). The lead image and every figure in the body.
 *
 * The caption is a `div`, not a `figcaption`: a `figcaption` also becomes the figure's
 * accessible name, which carries no language, and screen readers speak a figure's name on
 * entering it and then its content: Orca in Firefox read the caption twice, first without its
 * language (tests/screen-reader). The hidden "Image caption:" label says what it is instead.
 */
export function figure(image: ArticleImage, ui: InterfaceLocale, lang: string, lead = false) {
  return html`<figure class=${lead ? 'dw-figure dw-lead' : 'dw-figure'}>
    <img
      src=${image.src}
      width=${image.width}
      height=${image.height}
      alt=${image.alt.text}
      lang=${ifDefined(langIf(image.alt.lang, lang))}
    />
    ${
      image.caption || image.credit
        ? html`<div class="dw-figcaption">
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
        </div>`
        : nothing
    }
  </figure>`;
}
