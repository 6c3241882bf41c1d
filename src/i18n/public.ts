/**
 * The interface locales' public API, the same in the browser (`dw-article`) and on the server
 * (`dw-article/server.js`), both of which export all of this: add a locale, put a site's own
 * strings over any locale's, ask which there are, and which one a tag gives (`de-AT` gives `de`).
 */
export {
  overrideStrings,
  registerLocale,
  supportedLocales,
  type Messages,
  type MessagesSource,
  type PartialMessages,
} from './locales.js';
export { matchLocale as matchInterfaceLocale } from './resolve-locale.js';
