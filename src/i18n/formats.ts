/**
 * Numbers and publication dates in an interface locale's own words, calendar and digits, from
 * the platform's Intl (CLDR). An engine may ship without a language's data (Chromium has none
 * for Albanian, Hausa, Macedonian or Pashto, and no month names for Bosnian): it would write the
 * date in English, or as "2014 M12 3", under that language's tag, and drop the digits the locale
 * asks for. There numbers keep the locale's digits, and the date is written as digits alone,
 * year, month, day (ISO 8601's order, which every reader can read), in its calendar and digits.
 */

/** A number format in the locale's digits, even where the engine lacks the language. */
export function numberFormat(formatLocale: string): Intl.NumberFormat {
  const format = new Intl.NumberFormat(formatLocale);
  const digits = new Intl.Locale(formatLocale).numberingSystem;
  return digits && format.resolvedOptions().numberingSystem !== digits
    ? new Intl.NumberFormat(`en-u-nu-${digits}`)
    : format;
}

export type DateFormat = (date: Date) => string;

export function dateFormat(formatLocale: string, timeZone: string): DateFormat {
  const long = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'long', timeZone });
  if (hasDateWords(long, formatLocale)) return (date) => withoutEra(long.formatToParts(date));
  const { calendar = 'gregory', numberingSystem = 'latn' } = new Intl.Locale(formatLocale);
  const numeric = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-${numberingSystem}`, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  });
  return (date) => {
    const parts = Object.fromEntries(numeric.formatToParts(date).map(({ type, value }) => [type, value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
}

/**
 * Whether this engine has the language's dates: it resolves to that language, and its long
 * month is not CLDR's root placeholder ("M12", what Chromium writes for Bosnian).
 */
function hasDateWords(format: Intl.DateTimeFormat, formatLocale: string): boolean {
  const resolved = new Intl.Locale(format.resolvedOptions().locale).language;
  if (resolved !== new Intl.Locale(formatLocale).language) return false;
  const month = format.formatToParts(new Date(Date.UTC(2014, 11, 3))).find((part) => part.type === 'month');
  return !!month && !/^M\d+$/.test(month.value);
}

/**
 * A date's text without an era: none is asked for, yet CLDR's Solar Hijri pattern for Pashto
 * prints a Latin "AP" before the year that no Pashto reader sees in print.
 */
function withoutEra(parts: Intl.DateTimeFormatPart[]): string {
  const era = parts.findIndex((part) => part.type === 'era');
  if (era !== -1) {
    // The era goes with the space that parts it from its neighbour.
    const space = parts[era + 1]?.type === 'literal' ? era + 1 : parts[era - 1]?.type === 'literal' ? era - 1 : era;
    parts = parts.filter((_, index) => index !== era && index !== space);
  }
  return parts.map((part) => part.value).join('');
}
