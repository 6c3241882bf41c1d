/**
 * Every built-in locale's strings, imported as modules: the server renders synchronously, so it
 * cannot wait for the browser's `import()` of each, and it never reads a file at run time (a
 * bundler such as Next.js's then has nothing to rewrite). Registering them keeps each locale's
 * number and date format (`i18n/locales.ts`).
 */
import am from '../../locales/am.json' with { type: 'json' };
import ar from '../../locales/ar.json' with { type: 'json' };
import bg from '../../locales/bg.json' with { type: 'json' };
import bn from '../../locales/bn.json' with { type: 'json' };
import bs from '../../locales/bs.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };
import el from '../../locales/el.json' with { type: 'json' };
import es from '../../locales/es.json' with { type: 'json' };
import fa from '../../locales/fa.json' with { type: 'json' };
import faAf from '../../locales/fa-AF.json' with { type: 'json' };
import fr from '../../locales/fr.json' with { type: 'json' };
import ha from '../../locales/ha.json' with { type: 'json' };
import hi from '../../locales/hi.json' with { type: 'json' };
import hr from '../../locales/hr.json' with { type: 'json' };
import id from '../../locales/id.json' with { type: 'json' };
import mk from '../../locales/mk.json' with { type: 'json' };
import pl from '../../locales/pl.json' with { type: 'json' };
import ps from '../../locales/ps.json' with { type: 'json' };
import pt002 from '../../locales/pt-002.json' with { type: 'json' };
import ptBr from '../../locales/pt-BR.json' with { type: 'json' };
import ro from '../../locales/ro.json' with { type: 'json' };
import ru from '../../locales/ru.json' with { type: 'json' };
import sq from '../../locales/sq.json' with { type: 'json' };
import srLatn from '../../locales/sr-Latn.json' with { type: 'json' };
import sw from '../../locales/sw.json' with { type: 'json' };
import tr from '../../locales/tr.json' with { type: 'json' };
import uk from '../../locales/uk.json' with { type: 'json' };
import ur from '../../locales/ur.json' with { type: 'json' };
import zh from '../../locales/zh.json' with { type: 'json' };
import zhHant from '../../locales/zh-Hant.json' with { type: 'json' };
import i18next from 'i18next';
import { provideI18next } from '../i18n/i18next-instance.js';
import { isLoadedLocale, registerLocale, type BuiltInLocale, type PartialMessages } from '../i18n/locales.js';

const messages: Record<Exclude<BuiltInLocale, 'en'>, PartialMessages> = {
  am,
  ar,
  bg,
  bn,
  bs,
  de,
  el,
  es,
  fa,
  'fa-AF': faAf,
  fr,
  ha,
  hi,
  hr,
  id,
  mk,
  pl,
  ps,
  'pt-002': pt002,
  'pt-BR': ptBr,
  ro,
  ru,
  sq,
  'sr-Latn': srLatn,
  sw,
  tr,
  uk,
  ur,
  zh,
  'zh-Hant': zhHant,
};

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
