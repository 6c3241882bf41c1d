/**
 * Every built-in locale's strings, imported as modules: the server renders synchronously, so it
 * cannot wait for the browser's `import()` of each, and it never reads a file at run time (a
 * bundler such as Next.js's then has nothing to rewrite). Registering them keeps each locale's
 * number and date format (`i18n/locales.ts`).
 */
import ar from '../../locales/ar.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import fa from '../../locales/fa.json' with { type: 'json' };
import ru from '../../locales/ru.json' with { type: 'json' };
import tr from '../../locales/tr.json' with { type: 'json' };
import zh from '../../locales/zh.json' with { type: 'json' };
import i18next from 'i18next';
import { provideI18next } from '../i18n/i18next-instance.js';
import { isLoadedLocale, registerLocale, type BuiltInLocale, type PartialMessages } from '../i18n/locales.js';

const messages: Record<Exclude<BuiltInLocale, 'en'>, PartialMessages> = { ar, de, es, fa, ru, tr, zh };

let provided = false;

/**
 * Gives the built-in locales their strings, once, before the first render (called, not run on
 * import: a bundler may drop a module imported only for its effects). A locale the page
 * registered itself keeps its own strings.
 */
export function provideBuiltInLocales(): void {
  if (provided) return;
  provided = true;
  // The browser loads i18next with the first locale but English; the server cannot wait.
  provideI18next(i18next);
  for (const [locale, strings] of Object.entries(messages)) {
    if (!isLoadedLocale(locale)) registerLocale(locale, strings);
  }
}
