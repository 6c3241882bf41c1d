import type { BlockInput, Inline } from './body-schema.js';
import { headingId } from './heading-ids.js';
import {
  ELEMENT,
  langAt,
  TEXT,
  inlineChildren,
  isInterface,
  ownLang,
  plainText,
  removed,
  safeHref,
  type Dropped,
} from './import-inline.js';
import { inlineText } from './text.js';

export interface BlockContext {
  lang: string;
  base?: string;
  dropped: Dropped;
  /** The headline's heading level: a subheading one below it has level 2. */
  headlineLevel: number;
  /** Elements read elsewhere (headline, dateline, teaser…), skipped in the body. */
  skip: Set<Element>;
  ids: Set<string>;
}

type ImageInput = Extract<BlockInput, { type: 'figure' }>['image'];

const headings = /^h[1-6]$/;

/** `lang` of a block, written only where it differs from what the block inherits. */
function langOf(element: Element, inherited: string): { lang?: string } {
  const lang = ownLang(element);
  return lang !== undefined && lang !== inherited ? { lang } : {};
}

/** A paragraph: of today's shape (`{ text, lang }`) when it is plain text, else with its runs. */
function paragraph(element: Element, context: BlockContext, path: string): BlockInput | undefined {
  const lang = ownLang(element) ?? context.lang;
  const children = inlineChildren(element, { lang, base: context.base, dropped: context.dropped, path });
  if (!children.length) return undefined;
  if (children.length === 1 && typeof children[0] === 'string') return { text: children[0], lang };
  return { type: 'paragraph', ...langOf(element, context.lang), children };
}

/** The picture of a `figure` (or a lone `img`): src, size, alt, caption and credit. */
export function imageOf(element: Element, context: BlockContext, path: string): ImageInput | undefined {
  const img = element.localName === 'img' ? element : element.querySelector('img');
  if (!img) return undefined;
  const src = (img.getAttribute('src') ?? '').trim();
  // Only http(s) pictures, or ones relative to the page: the document refuses the rest.
  const scheme = /^[a-z][a-z\d+.-]*:/i.test(src);
  if (!src || (scheme ? !/^https?:/i.test(src) : /^[\\/]{2}/.test(src))) {
    context.dropped.push(`${path}: image ${JSON.stringify(src.slice(0, 60))} removed (not an http(s) or relative URL)`);
    return undefined;
  }
  const resolved = context.base ? (safeHref(src, context.base) ?? src) : src;
  // Our own markup's caption is a div.dw-figcaption (see src/parts/figure.ts).
  const figcaption =
    element.localName === 'figure' ? element.querySelector(':scope > figcaption, :scope > .dw-figcaption') : null;
  const captionElement = figcaption?.querySelector('.dw-caption') ?? figcaption;
  const creditElement = figcaption?.querySelector('.dw-credit');
  const captionText = captionElement ? plainText(captionElement) : '';
  const credit = creditElement ? plainText(creditElement) : '';
  if (!(Number(img.getAttribute('width')) >= 1 && Number(img.getAttribute('height')) >= 1)) {
    context.dropped.push(
      `${path}: image ${JSON.stringify(src)} removed: it has no width and height (needed so nothing moves while it loads)`,
    );
    return undefined;
  }
  return {
    src: resolved,
    width: Number(img.getAttribute('width')),
    height: Number(img.getAttribute('height')),
    alt: { text: img.getAttribute('alt') ?? '', lang: langAt(img, context.lang) },
    ...(captionText && { caption: { text: captionText, lang: langAt(captionElement!, context.lang) } }),
    ...(credit && { credit }),
  };
}

/**
 * The body's blocks, from the children of `container`, through the allow-list. Wrappers (div,
 * section) are looked into; elements that never hold article text are dropped and reported.
 */
export function importBlocks(
  container: Element,
  context: BlockContext,
  path = 'body',
  out: BlockInput[] = [],
): BlockInput[] {
  for (const node of Array.from(container.childNodes)) {
    const at = `${path}[${out.length}]`;
    if (node.nodeType === TEXT) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push({ text, lang: context.lang });
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const element = node as Element;
    const tag = element.localName;
    if (context.skip.has(element) || isInterface(element)) continue;
    if (removed.has(tag)) {
      context.dropped.push(`${at}: <${tag}> removed`);
      continue;
    }
    if (['header', 'footer', 'nav', 'aside'].includes(tag)) {
      context.dropped.push(`${at}: <${tag}> left out (not part of the article's text)`);
      continue;
    }
    const inner = { ...context, lang: ownLang(element) ?? context.lang };
    const block = importBlock(element, inner, at, context.lang);
    if (block === 'wrapper') importBlocks(element, inner, path, out);
    else if (block) out.push(block);
  }
  return out;
}

function importBlock(
  element: Element,
  context: BlockContext,
  path: string,
  inherited: string,
): BlockInput | 'wrapper' | undefined {
  const tag = element.localName;
  const lang = langOf(element, inherited);
  const inline = (from: Element, at = path) =>
    inlineChildren(from, {
      lang: ownLang(from) ?? context.lang,
      base: context.base,
      dropped: context.dropped,
      path: at,
    });
  if (tag === 'p') return paragraph(element, { ...context, lang: inherited }, path);
  if (headings.test(tag)) {
    const level = Math.min(4, Math.max(2, Number(tag[1]) - context.headlineLevel + 1)) as 2 | 3 | 4;
    const children: Inline[] = inline(element);
    if (!children.length) return undefined;
    const made = headingId(inlineText(children), new Set(context.ids));
    const given = element.getAttribute('id');
    const id = given && /^[\p{L}\p{N}_-]+$/u.test(given) ? given : undefined;
    headingId(id ?? made, context.ids, !!id);
    return { type: 'heading', level, ...(id && id !== made ? { id } : {}), ...lang, children };
  }
  if (tag === 'blockquote' || (tag === 'figure' && element.querySelector(':scope > blockquote'))) {
    const quote = tag === 'blockquote' ? element : element.querySelector(':scope > blockquote')!;
    const quoteContext = { ...context, lang: ownLang(quote) ?? context.lang };
    const paragraphs = Array.from(quote.querySelectorAll(':scope > p'))
      .map((p, i) => paragraph(p, quoteContext, `${path}.paragraphs[${i}]`))
      .filter((p) => p !== undefined);
    if (!paragraphs.length) {
      const text = paragraph(quote, { ...quoteContext, lang: context.lang }, `${path}.paragraphs[0]`);
      if (text) paragraphs.push(text);
    }
    const cite = element.querySelector(
      ':scope > :is(figcaption, .dw-attribution) cite, :scope > :is(figcaption, .dw-attribution), :scope > footer cite, :scope > footer',
    );
    const attribution = cite ? inline(cite, `${path}.attribution`) : [];
    if (!paragraphs.length) return undefined;
    const quoteLang = tag === 'figure' ? lang : langOf(quote, inherited);
    return { type: 'quote', ...quoteLang, paragraphs: paragraphs as never, ...(attribution.length && { attribution }) };
  }
  if (tag === 'figure' || tag === 'img') {
    const image = imageOf(element, context, `${path}.image`);
    if (image) return { type: 'figure', image };
    return tag === 'img' ? undefined : 'wrapper';
  }
  if (tag === 'ul' || tag === 'ol') {
    if (element.closest('.dw-related')) return undefined;
    const items = Array.from(element.querySelectorAll(':scope > li'))
      .map((li, i) => ({ ...langOf(li, context.lang), children: inline(li, `${path}.items[${i}]`) }))
      .filter((item) => item.children.length);
    if (!items.length) return undefined;
    return { type: 'list', ...(tag === 'ol' && { ordered: true }), ...lang, items };
  }
  if (tag === 'section' && element.classList.contains('dw-related')) {
    const links = Array.from(element.querySelectorAll('a[href]')).flatMap((a) => {
      const href = safeHref(a.getAttribute('href'), context.base);
      const hreflang = a.getAttribute('hreflang')?.trim();
      const text = plainText(a);
      return href && text
        ? [
            {
              href,
              text,
              lang: langAt(a, context.lang),
              ...(hreflang && { hreflang }),
            },
          ]
        : [];
    });
    return links.length ? { type: 'related', links } : undefined;
  }
  if (['div', 'section', 'article', 'main', 'span', 'center', 'font'].includes(tag)) return 'wrapper';
  // Anything else that holds text (a table, a definition list, preformatted text): its text, as a paragraph.
  const text = plainText(element);
  if (!text) return undefined;
  context.dropped.push(`${path}: <${tag}> kept as plain text`);
  return { text, lang: context.lang };
}
