import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controlStyles, disclosureArrow } from './controls.styles.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { emit } from '../events.js';
import type { MessageKey } from '../i18n/keys.js';
import { lineSpacings, textSizes, themes, type ReaderSettings } from '../reader-settings.js';

/**
 * The reader settings of `<dw-article>`: a disclosure button and, when open, three groups of
 * radio buttons. Rendered next to the article (in the light DOM, with its own shadow root) so
 * that it sits inside the host page's `main` landmark.
 *
 * @tagname dw-reader-settings
 * @summary Text size, line spacing and theme, for the reader to choose.
 * @fires {DwSettingsChangeDetail} dw-settings-change - The reader changed a setting.
 */
export class DwReaderSettings extends LitElement {
  static override styles = [
    controlStyles,
    css`
    :host {
      display: block;
    }
    button::after {
      ${disclosureArrow}
    }
    button[aria-expanded='true']::after {
      transform: rotate(180deg);
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      margin-block-start: 0.5rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--_dw-muted);
      border-radius: 4px;
    }
    .panel[hidden] {
      display: none;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
    }
    legend {
      padding: 0;
      margin-block-end: 0.25rem;
      font-weight: 600;
    }
    label {
      margin-inline-end: 0.75rem;
    }
  `,
  ];

  /** The interface locale's strings. */
  @property({ attribute: false }) ui!: InterfaceLocale;
  /** The settings in force. */
  @property({ attribute: false }) settings!: ReaderSettings;

  @state() private open = false;

  protected override render() {
    const { ui, settings } = this;
    const percent = new Intl.NumberFormat(ui.formatLocale, { style: 'percent' });
    const group = <T extends string | number>(
      name: keyof ReaderSettings,
      legend: MessageKey,
      values: readonly T[],
      label: (value: T) => string,
    ) => html`<fieldset>
      <legend>${ui.label(legend).text}</legend>
      ${values.map(
        (value) =>
          html`<label
            ><input
              type="radio"
              name=${name}
              .checked=${settings[name] === value}
              @change=${() => this.change({ [name]: value })}
            />${label(value)}</label
          >`,
      )}
    </fieldset>`;
    // lang repeated inside: not every engine carries the host's lang into a shadow root.
    return html`<button
        type="button"
        lang=${ui.locale}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.toggle}
      >
        ${ui.label('settings.label').text}
      </button>
      <div id="panel" class="panel" lang=${ui.locale} ?hidden=${!this.open} @keydown=${this.onKeydown}>
        ${group('textSize', 'settings.textSize', textSizes, (size) => percent.format(size / 100))}
        ${group('lineSpacing', 'settings.lineSpacing', lineSpacings, (spacing) => ui.label(`settings.spacing.${spacing}`).text)}
        ${group('theme', 'settings.theme', themes, (theme) => ui.label(`settings.themes.${theme}`).text)}
      </div>`;
  }

  private toggle(): void {
    this.open = !this.open;
  }

  /** Escape closes the panel and puts focus back on its button. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    this.open = false;
    this.renderRoot.querySelector('button')!.focus();
  }

  private change(patch: Partial<ReaderSettings>): void {
    emit(this, 'dw-settings-change', { settings: { ...this.settings, ...patch } });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-reader-settings': DwReaderSettings;
  }
}
