import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../events.js';
import { directionOf, languageName } from '../i18n/languages.js';
import { controlStyles } from './controls.styles.js';

/**
 * The interface-language switcher of `<dw-article>`. It is rendered next to the article (in
 * the light DOM, with its own shadow root) so that it sits inside the host page's `main`
 * landmark together with the article.
 *
 * @tagname dw-locale-switcher
 * @summary Interface-language switcher; each language named in itself.
 * @csspart select - The `<select>`.
 * @fires {DwLocaleChangeDetail} dw-locale-change - The reader chose another interface language.
 * @attr defer-hydration - Set on a switcher a server rendered that the browser replaces rather than hydrates (Lit's hydration support then leaves it alone).
 */
export class DwLocaleSwitcher extends LitElement {
  static override styles = [
    controlStyles,
    css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 0.5rem;
      color: var(--_dw-muted);
      font-size: 0.9375rem;
    }
  `,
  ];

  /** The current interface locale. */
  @property() locale = '';
  /** The locales to offer. */
  @property({ attribute: false }) locales: readonly string[] = [];
  /** The visible label, in the interface locale. */
  @property() label = '';

  protected override render() {
    // The label repeats the host's lang: not every engine carries lang into a shadow root.
    return html`<label for="select" lang=${ifDefined(this.lang || undefined)}>${this.label}</label>
      <select id="select" part="select" lang=${ifDefined(this.lang || undefined)} @change=${this.onChange}>
        ${this.locales.map(
          (option) =>
            html`<option value=${option} lang=${option} dir=${directionOf(option)} ?selected=${option === this.locale}>
              ${languageName(option)}
            </option>`,
        )}
      </select>`;
  }

  /**
   * The `selected` attribute above is what a page without JavaScript shows (a server renders
   * it as written); the live choice is the select's value, which a reader's own choice makes
   * the attribute stop governing, so it is set here on every update.
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('locales')) {
      this.renderRoot.querySelector('select')!.value = this.locale;
    }
  }

  private onChange(event: Event): void {
    const locale = (event.target as HTMLSelectElement).value;
    emit(this, 'dw-locale-change', { locale });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-locale-switcher': DwLocaleSwitcher;
  }
}
