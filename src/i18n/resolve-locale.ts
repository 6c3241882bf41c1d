import { isServer } from 'lit';
import { builtInAliases } from './built-in.js';
import { defaultLocale, isSupportedLocale, supportedLocales, type Locale } from './locales.js';

/**
 * The supported locale for a BCP 47 tag, if any: the tag itself, else its language in its likely
 * script (`zh-TW` is `zh-Hant`) or region, else an alias (`pt-AO` reads Portuguese for Africa),
 * else its language (`de-AT` gives `de`), else another locale of the same language (`sr-Cyrl`
 * gives `sr-Latn`, DW's only Serbian).
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0]);
  } catch {
    return undefined;
  }
  const { language, script, region } = locale.maximize();
  const candidates = [locale.baseName, `${language}-${script}`, `${language}-${region}`];
  for (const candidate of candidates) {
    if (isSupportedLocale(candidate)) return candidate;
    const alias = builtInAliases[candidate];
    if (alias && isSupportedLocale(alias)) return alias;
  }
  if (isSupportedLocale(language)) return language;
  return supportedLocales().find((supported) => new Intl.Locale(supported).language === language);
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
