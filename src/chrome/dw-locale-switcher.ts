import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { emit } from '../events.js';
import { directionOf } from '../i18n/languages.js';
import { localeName } from '../i18n/locales.js';
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
        ${byName(this.locales).map(
          ([option, name]) =>
            html`<option value=${option} lang=${option} dir=${directionOf(option)} ?selected=${option === this.locale}>
              ${name}
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

// The root collation orders names script by script (Latin, Greek, Cyrillic, Arabic, the Indic
// scripts, Ethiopic, Han) and alphabetically within each, the same for every interface locale.
const collator = new Intl.Collator('und');

/**
 * The locales with their names, in the order of the names: a reader finds their language by its
 * own name, and with the list closed, typing its first letters selects it (a native `<select>`:
 * every screen reader and phone's picker knows it, however long the list).
 */
function byName(locales: readonly string[]): [string, string][] {
  return locales
    .map((locale): [string, string] => [locale, localeName(locale)])
    .sort(([, a], [, b]) => collator.compare(a, b));
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-locale-switcher': DwLocaleSwitcher;
  }
}
