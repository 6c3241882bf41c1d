import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ArticleError } from '../document/schema.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { headingTag, type HeadingLevel } from './runs.js';

const shownIssues = 10;

/**
 * An article that could not be shown: a heading (the "Skip to content" target), the reason in
 * the interface locale, and for an invalid document its first problems, each naming its field.
 */
export function errorContent(
  error: ArticleError,
  options: { headingLevel: HeadingLevel; headingId: string; ui: InterfaceLocale },
): TemplateResult {
  const { ui } = options;
  const heading = headingTag(options.headingLevel);
  const more = error.issues.length - shownIssues;
  const title = ui.label('error.title');
  const reason = ui.label(`error.${error.reason}`, { status: error.status && ui.number(error.status) });
  const rest = more > 0 ? ui.plural('error.more', more) : undefined;
  return html`<div class="dw-error" role="alert" lang=${ui.locale} dir=${ui.dir}>
    ${staticHtml`<${heading} class="dw-headline" id=${options.headingId} lang=${title.lang}>${title.text}</${heading}>`}
    <p lang=${reason.lang}>${reason.text}</p>
    ${
      error.reason === 'invalid'
        ? html`<ul class="dw-issues" lang="en" dir="ltr">
            ${error.issues.slice(0, shownIssues).map((issue) => html`<li>${issue}</li>`)}
          </ul>
          ${rest ? html`<p lang=${rest.lang}>${rest.text}</p>` : nothing}`
        : nothing
    }
  </div>`;
}
