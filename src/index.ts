/**
 * The package entry point: importing it registers `<dw-article>` and its
 * `<dw-locale-switcher>` (once, however often it is imported). Import `dw-article.js` for the
 * class alone, without registering anything.
 */
import { DwArticle } from './dw-article.js';
import { DwLocaleSwitcher } from './locale-switcher.js';
import { DwReadAloud } from './read-aloud.js';
import { DwReaderSettings } from './reader-settings.js';

export { DwArticle, type DwErrorDetail, type DwLoadDetail } from './dw-article.js';
export { DwLocaleSwitcher, type DwLocaleChangeDetail } from './locale-switcher.js';
export type { DwLocaleErrorDetail } from './i18n/localize-controller.js';
export { DwReadAloud, type Passage } from './read-aloud.js';
export { DwReaderSettings, type DwSettingsChangeDetail, type ReaderSettings } from './reader-settings.js';
export { parseArticle, ArticleError, type ArticleErrorReason } from './article/schema.js';
export type { ArticleDocument, ArticleInput, TextPart } from './article/schema.js';
export { defaultArticle } from './article/default-article.js';

if (!customElements.get('dw-read-aloud')) customElements.define('dw-read-aloud', DwReadAloud);
if (!customElements.get('dw-reader-settings')) customElements.define('dw-reader-settings', DwReaderSettings);
if (!customElements.get('dw-locale-switcher')) customElements.define('dw-locale-switcher', DwLocaleSwitcher);
if (!customElements.get('dw-article')) customElements.define('dw-article', DwArticle);
