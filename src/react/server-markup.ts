/**
 * `#server-markup` on the server (the `node` condition of the package's `imports`): the
 * `<dw-article>` element React sends, with the article rendered inside it, as `renderArticle`
 * renders it, so the page is complete without JavaScript. Events and refs mean nothing here.
 */
import { ArticleError } from '../document/schema.js';
import { renderArticleElement } from '../server/render.js';
import { events, type DwArticleProps } from './props.js';

/** The element's properties that the server renders from, by their React names. */
const rendered = new Set(['article', 'locale', 'headingLevel', 'menuTarget', 'sitesTarget', 'structuredData']);
/** Reader-setting defaults and `src`: attributes the element reads when it starts. */
const attributes: Record<string, string> = {
  theme: 'theme',
  textSize: 'text-size',
  lineSpacing: 'line-spacing',
  src: 'src',
};

/** The props of the host element React renders on the server. */
export function serverMarkup(props: DwArticleProps): Record<string, unknown> | undefined {
  const host: Record<string, unknown> = { suppressHydrationWarning: true };
  for (const [name, value] of Object.entries(props)) {
    if (name in events || rendered.has(name) || value === undefined || value === null) continue;
    if (name in attributes) host[attributes[name]] = String(value);
    else host[name === 'className' ? 'class' : name] = value;
  }
  const { article, locale, headingLevel, menuTarget, sitesTarget, structuredData } = props;
  // Fetched (`src`) or the built-in article: the browser renders it.
  if (article === undefined) return { ...host, locale };
  try {
    const element = renderArticleElement(article, { locale, headingLevel, menuTarget, sitesTarget, structuredData });
    return {
      ...host,
      ...element.attributes,
      'defer-hydration': '',
      dangerouslySetInnerHTML: { __html: element.innerHTML },
    };
  } catch (error) {
    if (!(error instanceof ArticleError)) throw error;
    // The browser shows why, and fires dw-error where the page listens.
    console.error(`<DwArticle>: ${error.message}`);
    return { ...host, locale };
  }
}
