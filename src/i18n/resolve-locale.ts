import { isServer } from 'lit';
import { defaultLocale, isSupportedLocale, type Locale } from './locales.js';

/** The supported locale for a BCP 47 tag (`de-AT` gives `de`), if any. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(tag.replaceAll('_', '-'));
  } catch {
    return undefined;
  }
  const locale = new Intl.Locale(canonical);
  for (const candidate of [locale.baseName, locale.language]) {
    if (isSupportedLocale(candidate)) return candidate;
  }
  return undefined;
}

/** The `lang` of the nearest ancestor (the element itself included), crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  if (isServer) return element.getAttribute('lang') ?? undefined;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (!isServer && node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The interface locale: the `locale` attribute, else the nearest ancestor `lang`, else the
 * browser's languages, else English. The first source that names a supported locale wins.
 */
export function resolveLocale(
  requested: string | null | undefined,
  element: Element,
  browserLanguages: readonly string[] = isServer ? [] : navigator.languages,
): Locale {
  for (const tag of [requested, nearestLang(element), ...browserLanguages]) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return defaultLocale;
}
