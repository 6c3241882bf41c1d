/**
 * The package entry point: importing it registers `<dw-article>` and its
 * `<dw-locale-switcher>` (once, however often it is imported). Import `dw-article.js` for the
 * class alone, without registering anything.
 */
import { DwLocaleSwitcher } from './chrome/dw-locale-switcher.js';
import { defineElement } from './define.js';
import { DwArticle } from './dw-article.js';

export { DwArticle } from './dw-article.js';
export { DwLocaleSwitcher } from './chrome/dw-locale-switcher.js';
export type {
  DwErrorDetail,
  DwLoadDetail,
  DwLocaleChangeDetail,
  DwLocaleErrorDetail,
  DwSettingsChangeDetail,
} from './events.js';
export type { Passage } from './chrome/speech.js';
export type { DwReadAloud } from './chrome/dw-read-aloud.js';
export type { DwReaderSettings } from './chrome/dw-reader-settings.js';
export { loadFeature } from './chrome/lazy-features.js';
export * from './i18n/public.js';
export type { ReaderSettings } from './reader-settings.js';
export { parseArticle, ArticleError, type ArticleErrorReason } from './document/schema.js';
export type { ArticleDocument, ArticleInput, TextPart } from './document/schema.js';
export { defaultArticle } from './document/default-article.js';
export type { Inline, BodyBlock, ArticleImage } from './document/schema.js';

defineElement('dw-locale-switcher', DwLocaleSwitcher);
defineElement('dw-article', DwArticle);
