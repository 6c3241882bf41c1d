import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };

export type Messages = typeof en;

/**
 * Interface locales. English is built in; every other one is fetched on first use, so a page
 * that only needs English downloads no other locale. Adding a locale is adding its JSON file
 * under `locales/` and one line here. (A `new URL(…, import.meta.url)` works unchanged in
 * browsers, Vite's dev server and bundlers alike, where a dynamic JSON-module import does not.)
 */
const loaders = {
  en: async () => en,
  de: () => fetchMessages(new URL('../../locales/de.json', import.meta.url)),
  ar: () => fetchMessages(new URL('../../locales/ar.json', import.meta.url)),
  es: () => fetchMessages(new URL('../../locales/es.json', import.meta.url)),
  fa: () => fetchMessages(new URL('../../locales/fa.json', import.meta.url)),
  ru: () => fetchMessages(new URL('../../locales/ru.json', import.meta.url)),
  tr: () => fetchMessages(new URL('../../locales/tr.json', import.meta.url)),
  zh: () => fetchMessages(new URL('../../locales/zh.json', import.meta.url)),
} satisfies Record<string, () => Promise<Messages>>;

export type Locale = keyof typeof loaders;
export const defaultLocale: Locale = 'en';
export const supportedLocales = Object.keys(loaders) as Locale[];

/**
 * How numbers and dates are written, where a locale's Intl default is not what DW's readers
 * of that language expect. Persian: the Solar Hijri calendar and Persian digits, as on DW
 * Persian. Arabic: Western digits (0-9), as DW Arabic prints them, whatever the engine's
 * default for `ar` is. Chinese: Simplified, as DW Chinese.
 */
const formatLocales: Partial<Record<Locale, string>> = {
  ar: 'ar-u-nu-latn',
  fa: 'fa-u-ca-persian-nu-arabext',
  zh: 'zh-Hans',
};

export function formatLocaleOf(locale: Locale): string {
  return formatLocales[locale] ?? locale;
}

async function fetchMessages(url: URL): Promise<Messages> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
}

export function isSupportedLocale(tag: string): tag is Locale {
  return Object.hasOwn(loaders, tag);
}

/** A private instance: the host page's own i18next (if any) is never touched. Exported for tests. */
export const i18n: I18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en } },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  initAsync: false,
  returnNull: false,
  // Lit escapes every value it renders.
  interpolation: { escapeValue: false },
});

/** A `t` fixed to `locale` when its strings are already here (no waiting), else `undefined`. */
export function loadedT(locale: Locale): TFunction | undefined {
  return i18n.hasResourceBundle(locale, 'translation') ? i18n.getFixedT(locale) : undefined;
}

/** Gives a locale its strings without fetching them: the server renderer reads them from disk. */
export function provideLocale(locale: Locale, messages: Messages): void {
  if (!i18n.hasResourceBundle(locale, 'translation')) i18n.addResourceBundle(locale, 'translation', messages);
}

/** Loads a locale's strings (once) and returns a `t` fixed to that locale. */
export async function loadLocale(locale: Locale): Promise<TFunction> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  return i18n.getFixedT(locale);
}

/** The English strings, available synchronously for the first render. */
export const defaultT: TFunction = i18n.getFixedT(defaultLocale);
