/**
 * The interface locales' public API, the same in the browser (`dw-article`) and on the server
 * (`dw-article/server.js`): add a locale, put a site's own strings over any locale's, and ask
 * which there are.
 */
import { matchLocale } from './resolve-locale.js';

export {
  overrideStrings,
  registerLocale,
  supportedLocales,
  type Messages,
  type MessagesSource,
  type PartialMessages,
} from './locales.js';

/** The interface locale a BCP 47 tag gives (`de-AT` gives `de`), or `undefined` for none. */
export function matchInterfaceLocale(tag: string): string | undefined {
  return matchLocale(tag);
}
