import type { i18n as I18n, TFunction } from 'i18next';
import { english, englishT, mergeStrings, type PartialMessages } from './english.js';
import { currentI18n, loadI18n, whenI18n } from './i18next-instance.js';
import { builtInFormats, builtInLoaders, builtInLocales, builtInNames } from './built-in.js';
import { languageName } from './languages.js';

export type { Messages, PartialMessages } from './english.js';
export { builtInLocales, type BuiltInLocale } from './built-in.js';

/** An interface locale's tag (BCP 47), as registered: `en`, `de`, `pt-BR`. */
export type Locale = string;

/** Gives a locale's strings: the strings themselves, or a function that loads them on first use. */
export type MessagesSource = PartialMessages | (() => Promise<PartialMessages | { default: PartialMessages }>);

export const defaultLocale: Locale = 'en';

interface Entry {
  source: MessagesSource;
  /** The locale for numbers and dates, where the locale's Intl default is not what its readers expect. */
  formatLocale?: string;
  /** Its name in itself, where it is built in (else the browser's Intl names it). */
  name?: string;
}

const registry = new Map<Locale, Entry>(
  builtInLocales.map((locale) => [
    locale,
    {
      source: locale === 'en' ? english : builtInLoaders[locale],
      formatLocale: builtInFormats[locale],
      name: builtInNames[locale],
    },
  ]),
);

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

/** A locale's name in itself, as the switcher offers it ("Deutsch", "繁體中文"). */
export function localeName(locale: Locale): string {
  return registry.get(locale)?.name ?? languageName(locale);
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
 * `() => import('./it.json', { with: { type: 'json' } })`. The server renderer needs the strings
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
  const previous = registry.get(locale);
  registry.set(locale, {
    source: messages,
    formatLocale: options.formatLocale ?? previous?.formatLocale,
    name: previous?.name,
  });
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
