import { html, nothing } from 'lit';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { supportedLocales } from '../i18n/locales.js';
import type { ReaderSettings } from '../reader-settings.js';
import type { Passage } from './speech.js';

export interface ToolbarOptions {
  ui: InterfaceLocale;
  /** Whether to offer "Listen" (where the browser can speak). */
  withListen: boolean;
  /** The passages "Listen" reads, asked for when it starts. */
  passages: () => Passage[];
  settings: ReaderSettings;
  /** Rendered by a server: the browser's toolbar replaces it (its switcher is never hydrated). */
  fromServer?: boolean;
}

/**
 * Listen, reader settings and the language switcher. The first two are stand-in buttons until
 * first used (lazy-features.ts). A server renders the same toolbar, so it lays out the same at
 * every width, and the browser's replaces it without a shift; the server assumes speech
 * synthesis, which every current browser has.
 */
export function toolbar({ ui, withListen, passages, settings, fromServer = false }: ToolbarOptions) {
  const switcherLabel = ui.label('localeSwitcher.label');
  return html`<div class="dw-toolbar" ?data-dw-server=${fromServer} dir=${ui.dir}>
    ${
      withListen
        ? html`<dw-read-aloud lang=${ui.locale} .ui=${ui} .passages=${passages}
            ><div role="group" aria-label=${ui.label('readAloud.label').text}>
              <button type="button" class="dw-lazy-control" data-dw-feature="dw-read-aloud" aria-pressed="false">
                ${ui.label('readAloud.listen').text}
              </button>
            </div></dw-read-aloud
          >`
        : nothing
    }
    <dw-reader-settings lang=${ui.locale} .ui=${ui} .settings=${settings}
      ><button type="button" class="dw-lazy-control" data-dw-feature="dw-reader-settings" aria-expanded="false">
        ${ui.label('settings.label').text}
      </button></dw-reader-settings
    >
    <dw-locale-switcher
      ?defer-hydration=${fromServer}
      lang=${switcherLabel.lang}
      locale=${ui.locale}
      label=${switcherLabel.text}
      .locales=${supportedLocales()}
    ></dw-locale-switcher>
  </div>`;
}
