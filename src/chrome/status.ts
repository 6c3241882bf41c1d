import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { localeName } from '../i18n/locales.js';
import { removeCopyConfirmations } from './copy-link.js';

/**
 * The element's polite live region and what it says: "Loading the article…" (shown), or, for
 * screen readers only (sighted readers see the change), news of a locale switch or of a
 * copied link. It is always in the page, so a screen reader hears a message put into it, and
 * it is empty when there is nothing to say.
 */
export class StatusController implements ReactiveController {
  private message = '';
  /** The interface locale last rendered, to announce a switch once (never the first render). */
  private shownLocale?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ui: () => InterfaceLocale,
  ) {
    host.addController(this);
  }

  /** Says `message` once, politely. */
  announce(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const ui = this.ui();
    if (this.shownLocale && this.shownLocale !== ui.locale) {
      this.message = ui.t('state.localeChanged', { language: localeName(ui.locale) });
      removeCopyConfirmations(this.host);
    }
    this.shownLocale = ui.locale;
  }

  /** The status line; while loading it says so, visibly, and forgets older news. */
  render(loading: boolean) {
    const ui = this.ui();
    if (loading) this.message = '';
    return statusLine(loading ? ui.t('state.loading') : this.message, ui, loading);
  }
}

/**
 * A polite, atomic live region without `role="status"`: screen readers name a status region
 * ("statusbar") even while it is empty, and Orca said so in the middle of the article when
 * reading it from the top (tests/screen-reader). An empty `div` is passed over in silence.
 */
export function statusLine(message: string, ui: InterfaceLocale, visible: boolean) {
  const hidden = visible ? '' : ' dw-visually-hidden';
  return html`<div class="dw-status${hidden}" aria-live="polite" aria-atomic="true" lang=${ui.locale} dir=${ui.dir}>${message}</div>`;
}
