import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { TFunction } from 'i18next';
import { headingTag, type HeadingLevel } from './content.js';
import type { ArticleError } from './schema.js';

const shownIssues = 10;

/**
 * The live region for the loading state. It is always in the page (so a screen reader hears a
 * message put into it, once) and empty when there is nothing to say.
 */
export function statusLine(message: string, locale: string): TemplateResult {
  return html`<p class="dw-status" role="status" lang=${locale}>${message}</p>`;
}

/**
 * An article that could not be shown: a heading (the "Skip to content" target), the reason in
 * the interface locale, and for an invalid document its first problems, each naming its field.
 */
export function errorContent(
  error: ArticleError,
  options: { headingLevel: HeadingLevel; headingId: string; locale: string; t: TFunction },
): TemplateResult {
  const { t, locale } = options;
  const heading = headingTag(options.headingLevel);
  const more = error.issues.length - shownIssues;
  return html`<div class="dw-error" role="alert" lang=${locale}>
    ${staticHtml`<${heading} class="dw-headline" id=${options.headingId}>${t('error.title')}</${heading}>`}
    <p>${t(`error.${error.reason}`, { status: error.status })}</p>
    ${error.reason === 'invalid'
      ? html`<ul class="dw-issues" lang="en">
            ${error.issues.slice(0, shownIssues).map((issue) => html`<li>${issue}</li>`)}
          </ul>
          ${more > 0 ? html`<p>${t('error.more', { count: more })}</p>` : nothing}`
      : nothing}
  </div>`;
}
