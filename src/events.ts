/**
 * The events of `<dw-article>` and its controls: every detail type, the one way they are
 * dispatched, and their entries in the global event map. All are prefixed `dw-`, bubble and
 * cross shadow roots (`composed`), and fire on a reader's action or a real change of state.
 */
import type { ReaderSettings } from './reader-settings.js';

/** Why an article could not be shown: not downloaded, not JSON, or not a valid document. */
export type ArticleErrorReason = 'network' | 'http' | 'json' | 'invalid';

export interface DwLoadDetail {
  /** Where the article shown came from. */
  source: 'default' | 'property' | 'src' | 'markup';
  /** The `src` it was fetched from, for `source: 'src'`. */
  src?: string;
}

export interface DwErrorDetail {
  /** `network`, `http`, `json` (not JSON) or `invalid` (not a valid article document). */
  reason: ArticleErrorReason;
  /** What went wrong, one line each; for an invalid document, one per field. */
  issues: readonly string[];
  /** The HTTP status, for `reason: 'http'`. */
  status?: number;
  /** The `src` that failed, when it was fetched. */
  src?: string;
}

export interface DwLocaleChangeDetail {
  /** The interface locale the reader chose. */
  locale: string;
}

export type { LocaleError as DwLocaleErrorDetail } from './i18n/localize-controller.js';
import type { LocaleError as DwLocaleErrorDetail } from './i18n/localize-controller.js';

export interface DwSettingsChangeDetail {
  settings: ReaderSettings;
}

export interface DwEventDetails {
  'dw-load': DwLoadDetail;
  'dw-error': DwErrorDetail;
  'dw-locale-change': DwLocaleChangeDetail;
  'dw-locale-error': DwLocaleErrorDetail;
  'dw-settings-change': DwSettingsChangeDetail;
}

/**
 * Fires one of the `dw-` events from `target`. (A function, not a method, so the manifest's
 * analyzer does not take its `type` parameter for an event name.)
 */
export function emit<K extends keyof DwEventDetails>(target: EventTarget, type: K, detail: DwEventDetails[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dw-load': CustomEvent<DwLoadDetail>;
    'dw-error': CustomEvent<DwErrorDetail>;
    'dw-locale-change': CustomEvent<DwLocaleChangeDetail>;
    'dw-locale-error': CustomEvent<DwLocaleErrorDetail>;
    'dw-settings-change': CustomEvent<DwSettingsChangeDetail>;
  }
}
