import type { PartialMessages } from './english.js';

/**
 * Each locale's name in itself, as CLDR gives it (tests/node/locales.test.mjs compares them with
 * Node's full CLDR data), capitalised as a menu item. Written here rather than asked of the
 * browser's Intl: Chromium ships without the names of some of DW's languages (it calls Albanian
 * "Albanian" in Albanian, Portuguese for Africa "português (002)"). `zh` is named as Simplified,
 * beside Traditional.
 */
export const builtInNames = {
  en: 'English',
  am: 'አማርኛ',
  ar: 'العربية',
  bg: 'Български',
  bn: 'বাংলা',
  bs: 'Bosanski',
  de: 'Deutsch',
  el: 'Ελληνικά',
  es: 'Español',
  fa: 'فارسی',
  'fa-AF': 'دری',
  fr: 'Français',
  ha: 'Hausa',
  hi: 'हिन्दी',
  hr: 'Hrvatski',
  id: 'Indonesia',
  mk: 'Македонски',
  pl: 'Polski',
  ps: 'پښتو',
  'pt-002': 'Português (África)',
  'pt-BR': 'Português (Brasil)',
  ro: 'Română',
  ru: 'Русский',
  sq: 'Shqip',
  'sr-Latn': 'Srpski (latinica)',
  sw: 'Kiswahili',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  zh: '简体中文',
  'zh-Hant': '繁體中文',
} as const satisfies Record<string, string>;

/**
 * The built-in interface locales: every language DW publishes in, the ones named above. English
 * is in the bundle; every other one is a module of its own, loaded with `import()` on first use,
 * so a page that needs only English downloads no other locale, and every bundler emits each as a
 * file of its own (never an inlined `data:` URL that a strict CSP refuses). The server renderer
 * has them all at hand (`server/messages.ts`). Each string's source: `docs/locales/`.
 */
export type BuiltInLocale = keyof typeof builtInNames;
export const builtInLocales = Object.keys(builtInNames) as BuiltInLocale[];

type Loader = () => Promise<{ default: PartialMessages }>;

export const builtInLoaders: Record<Exclude<BuiltInLocale, 'en'>, Loader> = {
  am: () => import('../../locales/am.json', { with: { type: 'json' } }),
  ar: () => import('../../locales/ar.json', { with: { type: 'json' } }),
  bg: () => import('../../locales/bg.json', { with: { type: 'json' } }),
  bn: () => import('../../locales/bn.json', { with: { type: 'json' } }),
  bs: () => import('../../locales/bs.json', { with: { type: 'json' } }),
  de: () => import('../../locales/de.json', { with: { type: 'json' } }),
  el: () => import('../../locales/el.json', { with: { type: 'json' } }),
  es: () => import('../../locales/es.json', { with: { type: 'json' } }),
  fa: () => import('../../locales/fa.json', { with: { type: 'json' } }),
  'fa-AF': () => import('../../locales/fa-AF.json', { with: { type: 'json' } }),
  fr: () => import('../../locales/fr.json', { with: { type: 'json' } }),
  ha: () => import('../../locales/ha.json', { with: { type: 'json' } }),
  hi: () => import('../../locales/hi.json', { with: { type: 'json' } }),
  hr: () => import('../../locales/hr.json', { with: { type: 'json' } }),
  id: () => import('../../locales/id.json', { with: { type: 'json' } }),
  mk: () => import('../../locales/mk.json', { with: { type: 'json' } }),
  pl: () => import('../../locales/pl.json', { with: { type: 'json' } }),
  ps: () => import('../../locales/ps.json', { with: { type: 'json' } }),
  'pt-002': () => import('../../locales/pt-002.json', { with: { type: 'json' } }),
  'pt-BR': () => import('../../locales/pt-BR.json', { with: { type: 'json' } }),
  ro: () => import('../../locales/ro.json', { with: { type: 'json' } }),
  ru: () => import('../../locales/ru.json', { with: { type: 'json' } }),
  sq: () => import('../../locales/sq.json', { with: { type: 'json' } }),
  'sr-Latn': () => import('../../locales/sr-Latn.json', { with: { type: 'json' } }),
  sw: () => import('../../locales/sw.json', { with: { type: 'json' } }),
  tr: () => import('../../locales/tr.json', { with: { type: 'json' } }),
  uk: () => import('../../locales/uk.json', { with: { type: 'json' } }),
  ur: () => import('../../locales/ur.json', { with: { type: 'json' } }),
  zh: () => import('../../locales/zh.json', { with: { type: 'json' } }),
  'zh-Hant': () => import('../../locales/zh-Hant.json', { with: { type: 'json' } }),
};

/**
 * How numbers and dates are written, where a locale's own Intl default is not what DW's readers
 * of that language expect, or differs between engines; every other locale takes CLDR's default
 * (Western digits, the Gregorian calendar). Named with Unicode extensions, so Intl does the work:
 * - Persian and Dari: the Solar Hijri calendar and Persian digits (۰-۹), as DW Persian prints
 *   them and as BBC Persian and BBC Dari do (Simorgh: `altCalendar: jalaali`, `EasternArabic`).
 * - Pashto: the same, Afghanistan's official calendar (CLDR's default for `ps`; BBC Pashto:
 *   `jalaali`, `EasternArabic`).
 * - Arabic: Eastern Arabic digits (٠-٩), as DW Arabic's own datelines print them
 *   ("٥ أغسطس ٢٠٢٤"); BBC Arabic prints Western ones, but for a DW reader DW's usage wins.
 *   Named explicitly, since engines differ in their default for `ar`.
 * - Bengali: Bengali digits (০-৯), CLDR's default and BBC Bangla's (`Bengali` numerals).
 * - Urdu, Hindi, Amharic: Western digits and the Gregorian calendar, CLDR's default and what
 *   BBC Urdu, BBC Hindi and BBC Amharic print (no `altCalendar`, `WesternArabic`).
 * - Chinese: Simplified for `zh`, as DW Chinese; Portuguese for Africa in the European norm
 *   (CLDR has no `pt-002` data: `pt-PT`, which Angola's and Mozambique's inherit). Serbian is
 *   `sr-Latn`, Latin script as DW Serbian writes, month names too.
 */
export const builtInFormats: Partial<Record<BuiltInLocale, string>> = {
  ar: 'ar-u-nu-arab',
  bn: 'bn-u-nu-beng',
  fa: 'fa-u-ca-persian-nu-arabext',
  'fa-AF': 'fa-AF-u-ca-persian-nu-arabext',
  ps: 'ps-u-ca-persian-nu-arabext',
  'pt-002': 'pt-PT',
  zh: 'zh-Hans',
};

/**
 * Tags a reader's browser may send that mean a built-in locale its language subtag alone would
 * miss: Dari's own code, and the Portuguese of Portugal and of Africa's Portuguese-speaking
 * countries, which read DW's Portuguese for Africa (European norm) rather than Brazil's.
 */
export const builtInAliases: Record<string, BuiltInLocale> = {
  prs: 'fa-AF',
  'pt-PT': 'pt-002',
  'pt-AO': 'pt-002',
  'pt-MZ': 'pt-002',
  'pt-GW': 'pt-002',
  'pt-CV': 'pt-002',
  'pt-ST': 'pt-002',
  'pt-GQ': 'pt-002',
};
