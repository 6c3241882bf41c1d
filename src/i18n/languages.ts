export type Direction = 'ltr' | 'rtl';

const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

// Worked out once per tag: every render asks again, and Intl is not cheap.
const directions = new Map<string, Direction>();
const names = new Map<string, string>();

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
