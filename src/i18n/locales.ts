import type { i18n as I18n, TFunction } from 'i18next';
import { english, englishT, mergeStrings, type PartialMessages } from './english.js';
import { currentI18n, loadI18n, whenI18n } from './i18next-instance.js';

export type { Messages, PartialMessages } from './english.js';

/** An interface locale's tag (BCP 47), as registered: `en`, `de`, `pt-BR`. */
export type Locale = string;

/** Gives a locale's strings: the strings themselves, or a function that loads them on first use. */
export type MessagesSource = PartialMessages | (() => Promise<PartialMessages | { default: PartialMessages }>);

/**
 * The built-in interface locales. English is in the bundle; every other one is a module of its
 * own, loaded with `import()` on first use, so a page that needs only English downloads no other
 * locale, and every bundler emits each as a file of its own (never an inlined `data:` URL that
 * a strict CSP refuses). The server renderer has them all at hand (`server/messages.ts`).
 */
export const builtInLocales = ['en', 'de', 'ar', 'es', 'fa', 'ru', 'tr', 'zh'] as const;
export type BuiltInLocale = (typeof builtInLocales)[number];

const builtInLoaders: Record<Exclude<BuiltInLocale, 'en'>, () => Promise<{ default: PartialMessages }>> = {
  de: () => import('../../locales/de.json', { with: { type: 'json' } }),
  ar: () => import('../../locales/ar.json', { with: { type: 'json' } }),
  es: () => import('../../locales/es.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa.json', { with: { type: 'json' } }),
  ru: () => import('../../locales/ru.json', { with: { type: 'json' } }),
  tr: () => import('../../locales/tr.json', { with: { type: 'json' } }),
  zh: () => import('../../locales/zh.json', { with: { type: 'json' } }),
};

export const defaultLocale: Locale = 'en';

interface Entry {
  source: MessagesSource;
  /** The locale for numbers and dates, where the locale's Intl default is not what its readers expect. */
  formatLocale?: string;
}

/**
 * How numbers and dates are written, where a locale's Intl default is not what DW's readers
 * of that language expect, or differs between engines. Persian: the Solar Hijri calendar and
 * Persian digits, as on DW Persian. Arabic: Eastern Arabic digits (٠-٩), as DW Arabic's own
 * datelines print them ("٥ أغسطس ٢٠٢٤"); BBC Arabic prints Western ones, but for a DW
 * reader DW's usage wins. Named explicitly, since engines differ in their default for `ar`.
 * Chinese: Simplified, as DW Chinese.
 */
const registry = new Map<Locale, Entry>([
  ['en', { source: english }],
  ['de', { source: builtInLoaders.de }],
  ['ar', { source: builtInLoaders.ar, formatLocale: 'ar-u-nu-arab' }],
  ['es', { source: builtInLoaders.es }],
  ['fa', { source: builtInLoaders.fa, formatLocale: 'fa-u-ca-persian-nu-arabext' }],
  ['ru', { source: builtInLoaders.ru }],
  ['tr', { source: builtInLoaders.tr }],
  ['zh', { source: builtInLoaders.zh, formatLocale: 'zh-Hans' }],
]);

/** Strings a page put over a locale's own (applied again whenever that locale is loaded). */
const overrides = new Map<Locale, PartialMessages[]>();

/** Told when strings change under elements already showing them (an override, a locale replaced). */
const listeners = new Set<(locale: Locale) => void>();

export function onStringsChanged(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The interface locales there are now: the built-in ones and those a page registered. */
export function supportedLocales(): Locale[] {
  return [...registry.keys()];
}

export function isSupportedLocale(tag: string): boolean {
  return registry.has(tag);
}

export function formatLocaleOf(locale: Locale): string {
  return registry.get(locale)?.formatLocale ?? locale;
}

/** Where a locale's strings stand: loaded, or loading (the one promise every caller waits on). */
const loading = new Map<Locale, Promise<TFunction>>();

/** Whether a locale's strings are here (no loading needed). */
export function isLoadedLocale(locale: Locale): boolean {
  return locale === defaultLocale || !!currentI18n()?.hasResourceBundle(locale, 'translation');
}

/** Gives i18next a locale's strings, with the page's overrides over them (once i18next is here). */
function addStrings(locale: Locale, messages: PartialMessages): void {
  whenI18n((i18n) => {
    // A newer registration of the same locale, before i18next arrived, wins.
    if (registry.get(locale)?.source === messages) giveStrings(i18n, locale, messages);
  });
}

function giveStrings(i18n: I18n, locale: Locale, messages: PartialMessages): void {
  i18n.addResourceBundle(locale, 'translation', messages, true, true);
  for (const strings of overrides.get(locale) ?? []) i18n.addResourceBundle(locale, 'translation', strings, true, true);
}

/** English, the built-in locale, is not given to i18next but kept here (i18next has it by reference). */
function overrideEnglish(strings: PartialMessages): void {
  mergeStrings(english as never, strings as never);
  currentI18n()?.addResourceBundle(defaultLocale, 'translation', strings, true, true);
}

/**
 * Adds an interface locale, or replaces one, for every `<dw-article>` on the page and for the
 * server renderer alike. `messages` are its strings (any that are missing fall back to English,
 * marked as English) or a function that loads them on first use, such as
 * `() => import('./fr.json', { with: { type: 'json' } })`. The server renderer needs the strings
 * themselves, not a loader (it renders synchronously).
 */
export function registerLocale(tag: string, messages: MessagesSource, options: { formatLocale?: string } = {}): void {
  let locale: string;
  try {
    [locale] = Intl.getCanonicalLocales(tag);
  } catch {
    throw new RangeError(`registerLocale: ${JSON.stringify(tag)} is not a BCP 47 language tag`);
  }
  if (!messages || (typeof messages !== 'function' && typeof messages !== 'object')) {
    throw new TypeError(`registerLocale("${locale}"): expected its strings (an object) or a function that loads them`);
  }
  if (locale === defaultLocale) {
    throw new RangeError('registerLocale: English is built in; change its strings with overrideStrings("en", strings)');
  }
  const replacing = registry.has(locale) && isLoadedLocale(locale);
  registry.set(locale, { source: messages, formatLocale: options.formatLocale ?? registry.get(locale)?.formatLocale });
  loading.delete(locale);
  if (replacing) currentI18n()?.removeResourceBundle(locale, 'translation');
  if (typeof messages === 'object') addStrings(locale, messages);
  for (const listener of listeners) listener(locale);
}

/**
 * Puts strings of the page's own over a locale's: `overrideStrings('en', { skipLinks: { moreSites:
 * 'Skip to more sites' } })`. Elements already showing that locale update at once; a locale not
 * loaded yet gets them when it loads.
 */
export function overrideStrings(tag: string, strings: PartialMessages): void {
  const [locale] = Intl.getCanonicalLocales(tag);
  if (locale === defaultLocale) overrideEnglish(strings);
  else overrides.set(locale, [...(overrides.get(locale) ?? []), strings]);
  if (isLoadedLocale(locale)) {
    if (locale !== defaultLocale) currentI18n()!.addResourceBundle(locale, 'translation', strings, true, true);
    for (const listener of listeners) listener(locale);
  }
}

/** A `t` fixed to `locale` when its strings are already here (no waiting), else `undefined`. */
export function loadedT(locale: Locale): TFunction | undefined {
  if (locale === defaultLocale) return englishT;
  return isLoadedLocale(locale) ? currentI18n()!.getFixedT(locale) : undefined;
}

/** Loads a locale's strings (once) and returns a `t` fixed to that locale. */
export function loadLocale(locale: Locale): Promise<TFunction> {
  const entry = registry.get(locale);
  if (!entry) return Promise.reject(new Error(`"${locale}" is not a registered interface locale`));
  if (isLoadedLocale(locale)) return Promise.resolve(loadedT(locale)!);
  let promise = loading.get(locale);
  if (!promise) {
    const { source } = entry;
    promise = (async () => {
      // i18next and the locale's strings, side by side.
      const [i18n, loaded] = await Promise.all([loadI18n(), typeof source === 'function' ? source() : source]);
      const messages = 'default' in loaded && typeof loaded.default === 'object' ? loaded.default : loaded;
      // A newer registration of the same locale wins over this load.
      if (registry.get(locale) === entry) giveStrings(i18n, locale, messages as PartialMessages);
      return i18n.getFixedT(locale);
    })();
    loading.set(locale, promise);
    const settled = () => loading.get(locale) === promise && loading.delete(locale);
    promise.then(settled, settled);
  }
  return promise;
}

/** The English strings, available synchronously for the first render (no i18next needed). */
export const defaultT: TFunction = englishT;
