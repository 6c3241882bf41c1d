/**
 * Server rendering (Node only): an article document to HTML with `@lit-labs/ssr`. The element's
 * interface comes out as declarative shadow DOM and the article as the light-DOM markup
 * contract, so a page shows the whole article, with `lang` and `dir` everywhere, before any
 * JavaScript runs; in the browser the element then adopts that markup instead of rendering it
 * again. `npx dw-article render` (bin/dw-article.mjs) is a thin command around this module.
 */
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderLight } from '@lit-labs/ssr-client/directives/render-light.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseArticle, type ArticleDocument } from '../document/schema.js';
import { directionOf } from '../i18n/languages.js';
import { provideLocale, supportedLocales, type Locale, type Messages } from '../i18n/locales.js';
import { matchLocale } from '../i18n/resolve-locale.js';
import { contentStyles } from '../parts/article.styles.js';
import { jsonForScript, newsArticle } from '../parts/structured-data.js';
import '../index.js';

export { htmlToArticle, type HtmlImport, type ImportOptions } from './html-to-article.js';

export interface ServerRenderOptions {
  /** Interface locale (BCP 47, `de-AT` gives `de`); English by default. An unknown one is an error. */
  locale?: string;
  /** Just the `<dw-article>` element (with its styles inside), for a page of your own; else a whole page. */
  fragment?: boolean;
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
  const light = fragment ? html`<style data-dw-server></style>${renderLight()}` : html`<main>${renderLight()}</main>`;
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
      : element.replace(/<\/main>(?=<\/dw-article>$)/, `${script}</main>`);
  }
  if (fragment) {
    return `${element.replace('<style data-dw-server></style>', `<style data-dw-server>${contentStyles.cssText}</style>${withoutScript}`)}\n`;
  }
  return `<!doctype html>
<html lang="${escape(doc.lang)}" dir="${directionOf(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.headline.text)}</title>
${alternateLinks(doc)}
<style>body { margin: 0; } ${contentStyles.cssText}</style>
${withoutScript}
${options.script ? `${hydrateAfterFirstPaint(options.script)}\n` : ''}</head>
<body>
${element}
</body>
</html>
`;
}

/** The interface locale asked for, with its strings loaded from the package's `locales/`. */
function interfaceLocale(tag: string | undefined): Locale {
  const locale = tag === undefined ? 'en' : matchLocale(tag);
  if (!locale) {
    throw new RenderOptionsError(
      `locale: expected one of ${supportedLocales.join(', ')} (or a regional form such as de-AT), got ${JSON.stringify(tag)}`,
    );
  }
  const file = new URL(`../../locales/${locale}.json`, import.meta.url);
  provideLocale(locale, JSON.parse(readFileSync(file, 'utf8')) as Messages);
  return locale;
}

/**
 * Lit's hydration markers are kept in the shadow root, which the browser hydrates; the light
 * DOM is adopted as it is, so its markers are only noise in the page and are taken out.
 */
function withoutLightMarkers(element: string): string {
  const end = element.indexOf('</template>') + '</template>'.length;
  const markers = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->/g;
  return `${element.slice(0, end).replace(/^(<!--[^>]*-->)+/, '')}${element.slice(end).replace(markers, '')}`;
}

/** Without JavaScript, the controls that need it are not shown (nor their place kept). */
const withoutScript = `<noscript><style>dw-article :is(.dw-toolbar, .dw-copy-link) { display: none; }</style></noscript>`;

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
