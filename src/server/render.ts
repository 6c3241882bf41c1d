/**
 * Server rendering (Node only): an article document to HTML with `@lit-labs/ssr`. The element's
 * interface comes out as declarative shadow DOM and the article as the light-DOM markup
 * contract, so a page shows the whole article, with `lang` and `dir` everywhere, before any
 * JavaScript runs; in the browser the element then adopts that markup instead of rendering it
 * again. `npx dw-article render` (bin/dw-article.mjs) is a thin command around this module.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { parseArticle, type ArticleDocument } from '../document/schema.js';
import { directionOf } from '../i18n/languages.js';
import { isLoadedLocale, type Locale } from '../i18n/locales.js';
import { matchLocale } from '../i18n/resolve-locale.js';
import { unknownLocaleWarning } from '../i18n/localize-controller.js';
import { contentStyles } from '../parts/article.styles.js';
import { jsonForScript, newsArticle } from '../parts/structured-data.js';
import { provideBuiltInLocales } from './messages.js';
import '../index.js';

export interface ServerRenderOptions {
  /**
   * Interface locale (BCP 47, `de-AT` gives `de`), built in or registered with `registerLocale`;
   * English by default. An unknown one falls back to English with a warning, as in the browser.
   */
  locale?: string;
  /** Just the `<dw-article>` element, for a page of your own; else a whole page. */
  fragment?: boolean;
  /**
   * A fragment's light-DOM styles (about 8 KB) inside it; `false` leaves them out, for a page
   * with several articles that puts `articleStyles()` in its `<head>` once. Default `true`.
   */
  styles?: boolean;
  /**
   * The page's own header and footer (trusted HTML: the page's, never article data), put into
   * the element's `header` and `footer` slots: the skip links come first on the page, then the
   * header with its main menu, the article, the footer.
   */
  header?: string;
  footer?: string;
  /**
   * Puts the article in a `<main>` inside the element (the page's main landmark). Default: for a
   * whole page, and for a fragment given the page's header or footer (the element is then the
   * page's body); `false` for a fragment that goes into a `main` of the page's own.
   */
  main?: boolean;
  /** Level of the headline, 1 to 6. */
  headingLevel?: number;
  /** The page's main menu and "more DW sites" list, as on the element (`#id` selectors give the links their `href`). */
  menuTarget?: string;
  sitesTarget?: string;
  /** Adds `NewsArticle` JSON-LD. */
  structuredData?: boolean;
  /** URL of the element's script (the single-file bundle), so the page hydrates; the page is complete without it. */
  script?: string;
  /** The page's own URL: the JSON-LD image URL is made absolute against it. */
  base?: string;
}

/** An unknown interface locale, or options that make no sense. */
export class RenderOptionsError extends Error {
  override name = 'RenderOptionsError';
}

/**
 * Renders an article document (validated exactly as in the browser: an invalid one throws the
 * same `ArticleError`, naming each field) to a standalone page, or to the element alone.
 * Image URLs stay as the document has them, relative to the page.
 */
export function renderArticle(input: unknown, options: ServerRenderOptions = {}): string {
  const doc = parseArticle(input);
  const locale = interfaceLocale(options.locale);
  const fragment = !!options.fragment;
  const headingLevel = options.headingLevel ?? 1;
  if (!Number.isInteger(headingLevel) || headingLevel < 1 || headingLevel > 6) {
    throw new RenderOptionsError(`heading level: expected 1 to 6, got ${JSON.stringify(options.headingLevel)}`);
  }
  // A whole page gets its `main` here; a fragment leaves landmarks to the page it goes into.
  // (The fragment's styles are filled in below: Lit does not fill style elements.)
  const styles = fragment && options.styles !== false;
  const main = options.main ?? (!fragment || options.header !== undefined || options.footer !== undefined);
  const article = main ? html`<main>${renderLight()}</main>` : renderLight();
  const content = html`${styles ? html`<style data-dw-server></style>` : ''}${article}`;
  const light = html`${slotted('header', options.header)}${content}${slotted('footer', options.footer)}`;
  let element = collectResultSync(
    render(html`<dw-article
      locale=${locale}
      heading-level=${headingLevel}
      menu-target=${ifDefined(options.menuTarget)}
      sites-target=${ifDefined(options.sitesTarget)}
      ?structured-data=${options.structuredData}
      .article=${doc}
    >${light}</dw-article>`),
  );
  element = withoutLightMarkers(element);
  if (options.structuredData) {
    // Written as a string after Lit (which does not fill script elements): JSON made safe for a script.
    const script = `<script type="application/ld+json" class="dw-structured-data">${jsonForScript(newsArticle(doc, options.base))}</script>`;
    element = fragment
      ? element.replace(/<\/dw-article>$/, `${script}</dw-article>`)
      : element.replace(/<\/main>(?=(?:<div slot="footer">[^]*)?<\/dw-article>$)/, `${script}</main>`);
  }
  if (fragment) {
    return `${styles ? element.replace('<style data-dw-server></style>', `<style data-dw-server>${articleStyles()}</style>`) : element}\n`;
  }
  return `<!doctype html>
<html lang="${escape(doc.lang)}" dir="${directionOf(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.headline.text)}</title>
${alternateLinks(doc)}
<style>body { margin: 0; } ${articleStyles()}</style>
${options.script ? `${hydrateAfterFirstPaint(options.script)}\n` : ''}</head>
<body>
${element}
</body>
</html>
`;
}

/** The interface locale asked for: its strings must be here (the server cannot wait for a loader). */
function interfaceLocale(tag: string | undefined): Locale {
  provideBuiltInLocales();
  const locale = tag === undefined ? 'en' : matchLocale(tag);
  if (!locale) {
    console.warn(unknownLocaleWarning(tag!));
    return 'en';
  }
  if (!isLoadedLocale(locale)) {
    throw new RenderOptionsError(
      `locale "${locale}" was registered with a loader; on the server, register it with its strings: registerLocale("${locale}", strings)`,
    );
  }
  return locale;
}

/**
 * Lit's hydration markers are kept in the shadow root, which the browser hydrates; the light
 * DOM is adopted as it is, so its markers are only noise in the page and are taken out.
 */
function withoutLightMarkers(element: string): string {
  const end = element.indexOf('</template>') + '</template>'.length;
  const markers = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;
  return `${element.slice(0, end).replace(/^(<!--[^>]*-->)+/, '')}${element.slice(end).replace(markers, '')}`;
}

/**
 * The light-DOM styles of server-rendered articles, for a page's `<head>` (once, however many
 * articles it has). Until the element's script has defined it, the controls that need
 * JavaScript keep their place but are not shown (without JavaScript at all, not even their
 * place): they would do nothing.
 */
export function articleStyles(): string {
  return `${contentStyles.cssText}
dw-article:not(:defined) :is(.dw-toolbar, .dw-copy-link) { visibility: hidden; }
@media (scripting: none) { dw-article :is(.dw-toolbar, .dw-copy-link) { display: none; } }`;
}

/** The page's own header or footer, in the element's slot. */
function slotted(slot: 'header' | 'footer', markup: string | undefined) {
  return markup === undefined ? '' : html`<div slot=${slot}>${unsafeHTML(markup)}</div>`;
}

/**
 * Loads the element's script once the article has been painted: a module script that is
 * already there would otherwise run (parse, define, hydrate) before the first paint, and on a
 * slow phone the article would wait for it.
 */
function hydrateAfterFirstPaint(script: string): string {
  const url = JSON.stringify(script).replaceAll('<', '\\u003c');
  return `<link rel="modulepreload" href="${escape(script)}">\n<script type="module">requestAnimationFrame(() => setTimeout(() => import(${url})));</script>`;
}

/** The same article in other languages, for search engines and browsers. */
function alternateLinks(doc: ArticleDocument): string {
  return (doc.alternates ?? [])
    .map(
      (alternate) => `<link rel="alternate" hreflang="${escape(alternate.lang)}" href="${escape(alternate.href)}">\n`,
    )
    .join('');
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The element a server rendered, split for a framework that writes the tag itself (React). */
export interface RenderedElement {
  /** The host's attributes, as Lit rendered them (unescaped). */
  attributes: Record<string, string>;
  /** Everything inside the host: its declarative shadow root, then the light-DOM article. */
  innerHTML: string;
}

/** `renderArticle(input, { ...options, fragment: true })`, as the host's attributes and its inner HTML. */
export function renderArticleElement(
  input: unknown,
  options: Omit<ServerRenderOptions, 'fragment'> = {},
): RenderedElement {
  const element = renderArticle(input, { ...options, fragment: true }).trimEnd();
  const start = /^<dw-article((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/.exec(element);
  if (!start || !element.endsWith('</dw-article>')) throw new Error('dw-article: unexpected server output');
  const attributes: Record<string, string> = {};
  for (const [, name, value = ''] of start[1].matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
    attributes[name] = value.replace(/&(quot|amp|lt|gt|#39|#(\d+));/g, (_, entity: string, code?: string) =>
      code
        ? String.fromCharCode(Number(code))
        : ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" } as Record<string, string>)[entity],
    );
  }
  return { attributes, innerHTML: element.slice(start[0].length, -'</dw-article>'.length) };
}
