import type { TFunction } from 'i18next';
import { dateFormat, numberFormat, type DateFormat } from './formats.js';
import type { MessageKey, PluralKey } from './keys.js';
import { directionOf, type Direction } from './languages.js';
import { formatLocaleOf, type Locale } from './locales.js';

/** An interface string and the language it is really in (the fallback's, when it fell back). */
export interface Label {
  text: string;
  lang: string;
}

/** The publisher's time zone, for timestamps of articles that do not name their own. */
const publisherTimeZone = 'Europe/Berlin';

/** Everything a template needs to speak the interface locale. */
export interface InterfaceLocale {
  locale: Locale;
  dir: Direction;
  /** The locale used for numbers and dates (calendar and digits; see `formatLocaleOf`). */
  formatLocale: string;
  t(key: MessageKey, options?: Record<string, unknown>): string;
  /** A string, tagged with the language it is in. */
  label(key: MessageKey, options?: Record<string, unknown>): Label;
  /** A counted string: the plural form for `count`, with `{{n}}` in the locale's digits. */
  plural(key: PluralKey, count: number): Label;
  number(value: number): string;
  /**
   * A publication date in the locale's calendar and digits. A date without a time is a
   * calendar day, shown as written; a timestamp is shown in `timeZone`, or the publisher's.
   */
  date(published: string, timeZone?: string): string;
}

export function createInterfaceLocale(locale: Locale, t: TFunction): InterfaceLocale {
  const formatLocale = formatLocaleOf(locale);
  const numbers = numberFormat(formatLocale);
  // One date format per time zone, made on first use (Intl formats are not cheap).
  const dates = new Map<string, DateFormat>();
  const ui: InterfaceLocale = {
    locale,
    dir: directionOf(locale),
    formatLocale,
    t: (key, options = {}) => t(key, options) as string,
    label(key, options = {}) {
      const details = t(key, { ...options, returnDetails: true }) as unknown as { res: string; usedLng?: string };
      return { text: details.res, lang: details.usedLng ?? locale };
    },
    plural: (key, count) => ui.label(key, { count, n: numbers.format(count) }),
    number: (value) => numbers.format(value),
    date(published, timeZone = publisherTimeZone) {
      const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(published);
      const zone = dateOnly ? 'UTC' : timeZone;
      let format = dates.get(zone);
      if (!format) dates.set(zone, (format = dateFormat(formatLocale, zone)));
      return format(new Date(dateOnly ? `${published}T00:00:00Z` : published));
    },
  };
  return ui;
}
