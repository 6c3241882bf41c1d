/**
 * The package entry point: importing it registers `<dw-article>` and its
 * `<dw-locale-switcher>` (once, however often it is imported). Import `dw-article.js` for the
 * class alone, without registering anything.
 */
import { DwArticle } from './dw-article.js';
import { DwLocaleSwitcher } from './locale-switcher.js';

export { DwArticle, type DwErrorDetail, type DwLoadDetail } from './dw-article.js';
export { DwLocaleSwitcher, type DwLocaleChangeDetail } from './locale-switcher.js';
export type { DwLocaleErrorDetail } from './i18n/localize-controller.js';
export type { Passage } from './speech.js';
export type { DwReadAloud } from './read-aloud.js';
export type { DwReaderSettings } from './reader-settings.js';
export { loadFeature } from './features.js';
export type { DwSettingsChangeDetail, ReaderSettings } from './settings-storage.js';
export { parseArticle, ArticleError, type ArticleErrorReason } from './article/schema.js';
export type { ArticleDocument, ArticleInput, TextPart } from './article/schema.js';
export { defaultArticle } from './article/default-article.js';

if (!customElements.get('dw-locale-switcher')) customElements.define('dw-locale-switcher', DwLocaleSwitcher);
if (!customElements.get('dw-article')) customElements.define('dw-article', DwArticle);
