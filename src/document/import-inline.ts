import type { Inline } from './body-schema.js';

/** What the importer left out, and why: one line each. */
export type Dropped = string[];

export const TEXT = 3;
export const ELEMENT = 1;

/** Elements whose content never becomes article text. */
export const removed = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'map',
  'dialog',
  'link',
  'meta',
  'base',
  'head',
  'title',
]);

/** The language an element says it is in, if it says one. */
export function ownLang(element: Element): string | undefined {
  const lang = element.getAttribute('lang');
  return lang === null || lang.trim() === '' ? undefined : lang.trim();
}

/** The language an element is in: its own or its nearest ancestor's `lang`, else `fallback`. */
export function langAt(element: Element, fallback: string): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? fallback;
}

/** Only http(s) links are kept (`href` resolved against `base` when relative). */
export function safeHref(href: string | null, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Interface text the element itself renders inside an article: labels, hidden expansions, controls. */
export function isInterface(element: Element): boolean {
  return (
    element.hasAttribute('data-dw-label') ||
    element.classList.contains('dw-visually-hidden') ||
    element.classList.contains('dw-copy-confirmation')
  );
}

export interface InlineContext {
  lang: string;
  base?: string;
  dropped: Dropped;
  path: string;
  /** Inside a link, where another link is not kept (its text is). */
  inLink?: boolean;
}

/** The runs of text inside `parent`, through the allow-list, with whitespace collapsed. */
export function inlineChildren(parent: Element, context: InlineContext): Inline[] {
  return tidy(walk(parent, context));
}

function walk(parent: Element, context: InlineContext): Inline[] {
  const out: Inline[] = [];
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === TEXT) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const element = node as Element;
    const tag = element.localName;
    if (removed.has(tag)) {
      context.dropped.push(`${context.path}: <${tag}> removed`);
      continue;
    }
    if (isInterface(element)) continue;
    if (tag === 'img') {
      context.dropped.push(`${context.path}: image inside the text removed (a picture is kept as a figure of its own)`);
      continue;
    }
    if (tag === 'br') {
      out.push({ type: 'br' });
      continue;
    }
    const lang = ownLang(element);
    const inner = { ...context, lang: lang ?? context.lang, inLink: context.inLink || tag === 'a' };
    const children = tidy(walk(element, inner), false);
    const langProp = lang !== undefined && lang !== context.lang ? { lang } : {};
    const wrap = (run: Inline) => out.push(run);
    if (!children.length) continue;
    // An element around nothing but spaces keeps the spaces, not the element.
    if (children.every((run) => typeof run === 'string' && run.trim() === '')) {
      out.push(' ');
      continue;
    }
    if (tag === 'em' || tag === 'i') wrap({ type: 'em', ...langProp, children: children });
    else if (tag === 'strong' || tag === 'b') wrap({ type: 'strong', ...langProp, children: children });
    else if (tag === 'q') wrap({ type: 'q', ...langProp, children: children });
    else if (tag === 'abbr' && element.getAttribute('title')?.trim()) {
      wrap({ type: 'abbr', title: element.getAttribute('title')!.trim(), ...langProp, children: children });
    } else if (tag === 'a' && !context.inLink) {
      const href = safeHref(element.getAttribute('href'), context.base);
      if (!href) {
        if (element.hasAttribute('href')) {
          context.dropped.push(
            `${context.path}: link to ${JSON.stringify(element.getAttribute('href'))} removed (not http or https); its text kept`,
          );
        }
        out.push(...(langProp.lang ? [{ type: 'span' as const, lang: langProp.lang, children: children }] : children));
        continue;
      }
      const hreflang = element.getAttribute('hreflang')?.trim();
      wrap({ type: 'link', href, ...(hreflang ? { hreflang } : {}), ...langProp, children: children });
    } else if (langProp.lang) {
      // Any other element that changes the language: a phrase in that language.
      wrap({ type: 'span', lang: langProp.lang, children: children });
    } else {
      // Anything else (span, bdi, cite, small, time, u, code…): its text stays, the element goes.
      out.push(...children);
    }
  }
  return out;
}

/** Adjacent strings joined, the first and last trimmed, empty ones gone. */
export function tidy(runs: Inline[], trim = true): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (typeof run === 'string' && typeof last === 'string') out[out.length - 1] = (last + run).replace(/ {2,}/g, ' ');
    else if (run !== '') out.push(run);
  }
  if (trim) {
    if (typeof out[0] === 'string') out[0] = out[0].replace(/^\s+/, '');
    const end = out.length - 1;
    if (typeof out[end] === 'string') out[end] = (out[end] as string).replace(/\s+$/, '');
  }
  return out.filter((run) => run !== '');
}

/** Text of an element without interface text, whitespace collapsed. */
export function plainText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === TEXT) text += node.textContent;
    else if (node.nodeType === ELEMENT && !isInterface(node as Element) && !removed.has((node as Element).localName)) {
      text += plainText(node as Element);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
