import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };

export type Messages = typeof en;

/**
 * Interface locales. English is built in; every other one is fetched on first use. Adding a
 * locale is adding its JSON file under `locales/` and one line here. (A `new URL(…,
 * import.meta.url)` works unchanged in browsers, Vite's dev server and bundlers alike, where a
 * dynamic JSON-module import does not.)
 */
const loaders = {
  en: async () => en,
  de: () => fetchMessages(new URL('../../locales/de.json', import.meta.url)),
} satisfies Record<string, () => Promise<Messages>>;

async function fetchMessages(url: URL): Promise<Messages> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
}

export type Locale = keyof typeof loaders;
export const defaultLocale: Locale = 'en';
export const supportedLocales = Object.keys(loaders) as Locale[];

export function isSupportedLocale(tag: string): tag is Locale {
  return Object.hasOwn(loaders, tag);
}

/** A private instance: the host page's own i18next (if any) is never touched. Exported for tests. */
export const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en } },
  lng: defaultLocale,
  fallbackLng: defaultLocale,
  initAsync: false,
  returnNull: false,
  // Lit escapes every value it renders.
  interpolation: { escapeValue: false },
});

/** Loads a locale's strings (once) and returns a `t` fixed to that locale. */
export async function loadLocale(locale: Locale): Promise<TFunction> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
  }
  return i18n.getFixedT(locale);
}

/** The English strings, available synchronously for the first render. */
export const defaultT: TFunction = i18n.getFixedT(defaultLocale);
