// The seed article and the strings both comparison pages use, with German fetched on first use
// (as dw-article fetches it).
import i18next from 'i18next';
import seed from '../../src/document/seed-article.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };

export { seed };
export const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export async function useLocale(locale: string): Promise<void> {
  if (!i18n.hasResourceBundle(locale, 'translation')) {
    const url = new URL(`../../locales/${locale}.json`, import.meta.url);
    i18n.addResourceBundle(locale, 'translation', await (await fetch(url)).json());
  }
  await i18n.changeLanguage(locale);
}

export function formatDate(published: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${published}T00:00:00Z`),
  );
}
