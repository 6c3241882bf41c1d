import type { ArticleInput } from './schema.js';
import { importBlocks, imageOf, type BlockContext } from './import-blocks.js';
import { langAt, ownLang, plainText, safeHref, type Dropped } from './import-inline.js';

export interface ImportOptions {
  /** The page's URL: relative links and images are resolved against it. */
  base?: string;
}

export interface ImportResult {
  /** The document as read, not yet validated. */
  document: Partial<ArticleInput>;
  /** What was left out, and why: one line each. */
  dropped: string[];
}

/**
 * Reads an article out of a parsed HTML page or element, through an allow-list: the headline
 * from the `h1`, `lang` kept wherever it is written, figures, quotes, links (http and https
 * only), emphasis, abbreviations, phrases in other languages, lists, subheadings and the
 * published `time`. Anything else becomes plain text or goes, and is reported. The same reader
 * takes back the markup `<dw-article>` renders (its contract), so a rendered article read
 * back gives the document it came from. It only reads: nothing of the page is run or changed.
 */
export function importArticle(root: Document | Element, options: ImportOptions = {}): ImportResult {
  const dropped: Dropped = [];
  const page = 'documentElement' in root ? root : root.ownerDocument;
  const scope: Element = 'documentElement' in root ? (root.body ?? root.documentElement) : root;
  const article =
    scope.localName === 'article' ? scope : (scope.querySelector('article') ?? scope.querySelector('main') ?? scope);
  const pageLang = page?.documentElement?.getAttribute('lang') ?? '';
  const lang = ownLang(article) ?? langAt(article, pageLang);
  const skip = new Set<Element>();
  const take = (selector: string) => {
    const found = article.querySelector(selector);
    if (found) skip.add(found);
    return found;
  };
  const part = (element: Element | null) => {
    const text = element ? plainText(element) : '';
    return text ? { text, lang: langAt(element!, pageLang) } : undefined;
  };

  const headlineElement = take('.dw-headline') ?? take('h1') ?? take('h2');
  const headlineLevel = headlineElement ? Number(headlineElement.localName.slice(1)) || 1 : 1;
  const dateline = take('.dw-published');
  const time = (dateline ?? article).querySelector('time[datetime]');
  const teaser = take('.dw-teaser');
  const shortLink = take('.dw-short-link');
  const credits = take('.dw-credits');
  const alternatesNav = take('.dw-alternates');
  const lead = take('.dw-lead');
  for (const stray of article.querySelectorAll('.dw-toolbar, .dw-status, script.dw-structured-data')) skip.add(stray);

  const context: BlockContext = { lang, base: options.base, dropped, headlineLevel, skip, ids: new Set() };
  const bodyContainer = article.querySelector('.dw-body') ?? article;
  const image = lead ? imageOf(lead, context, 'image') : undefined;
  const body = importBlocks(bodyContainer, context);

  const alternates = alternatesNav
    ? Array.from(alternatesNav.querySelectorAll('a[href]'))
    : Array.from(page?.querySelectorAll('link[rel~="alternate"][hreflang]') ?? []);
  const document: Partial<ArticleInput> = {
    lang,
    headline: part(headlineElement),
    published: time?.getAttribute('datetime') ?? undefined,
    timeZone: time?.getAttribute('data-dw-time-zone') ?? undefined,
    teaser: part(teaser),
    shortUrl: shortLink?.querySelector('a[href]')?.getAttribute('href') ?? undefined,
    image,
    body,
    credits: credits ? plainText(credits) || undefined : undefined,
    alternates: alternates.length
      ? alternates.flatMap((link) => {
          const href = safeHref(link.getAttribute('href'), options.base);
          const hreflang = link.getAttribute('hreflang') ?? '';
          const title = plainText(link) || link.getAttribute('title') || hreflang;
          return href && hreflang && hreflang !== 'x-default' && hreflang !== lang
            ? [{ lang: hreflang, href, title }]
            : [];
        })
      : undefined,
  };
  if (!time) dropped.push('published: no <time datetime> found');
  // JSON drops the parts the page does not have, as a document would leave them out.
  return { document: JSON.parse(JSON.stringify(document)) as Partial<ArticleInput>, dropped };
}
