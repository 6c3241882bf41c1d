import type { TFunction } from 'i18next';
import { formatLocaleOf, type Locale } from './locales.js';

export type Direction = 'ltr' | 'rtl';

const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The writing direction of a language, from its (likely) script: `ar`, `fa`, `ur`, `ps` give rtl. */
export function directionOf(tag: string): Direction {
  let direction = directions.get(tag);
  if (!direction) {
    try {
      direction = rightToLeftScripts.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr';
    } catch {
      direction = 'ltr';
    }
    directions.set(tag, direction);
  }
  return direction;
}
// Worked out once per tag and per locale: every render asks again, and Intl is not cheap.
const directions = new Map<string, Direction>();
const names = new Map<string, string>();

/** A language's name in that language, capitalised as a menu item ("Deutsch", "Español"). */
export function languageName(locale: string): string {
  let name = names.get(locale);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1);
    names.set(locale, name);
  }
  return name;
}

/** An interface string and the language it is really in (the fallback's, when it fell back). */
export interface Label {
  text: string;
  lang: string;
}

/** Everything a template needs to speak the interface locale. */
export interface Ui {
  locale: Locale;
  dir: Direction;
  /** The locale used for numbers and dates (calendar and digits; see `formatLocaleOf`). */
  formatLocale: string;
  t: TFunction;
  /** A string, tagged with the language it is in. */
  label(key: string, options?: Record<string, unknown>): Label;
  /** A counted string: the plural form for `count`, with `{{n}}` in the locale's digits. */
  plural(key: string, count: number): Label;
  number(value: number): string;
}

export function createUi(locale: Locale, t: TFunction): Ui {
  const formatLocale = formatLocaleOf(locale);
  const numbers = new Intl.NumberFormat(formatLocale);
  const ui: Ui = {
    locale,
    dir: directionOf(locale),
    formatLocale,
    t,
    label(key, options = {}) {
      const details = t(key, { ...options, returnDetails: true }) as unknown as { res: string; usedLng?: string };
      return { text: details.res, lang: details.usedLng ?? locale };
    },
    plural: (key, count) => ui.label(key, { count, n: numbers.format(count) }),
    number: (value) => numbers.format(value),
  };
  return ui;
}
