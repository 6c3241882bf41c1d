import { LitElement, html, isServer, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { articleContent, type HeadingLevel } from './article/content.js';
import { contentStyles } from './article/content.styles.js';
import { defaultArticle } from './article/default-article.js';
import { fetchArticle } from './article/load-article.js';
import { localizeMarkup, readArticleMarkup } from './article/markup.js';
import { ArticleError, parseArticle, type ArticleDocument, type ArticleErrorReason } from './article/schema.js';
import { errorContent, statusLine } from './article/states.js';
import { structuredDataScript } from './article/structured-data.js';
import { isLazyFeature, loadFeature } from './features.js';
import { canReadAloud, type Passage } from './speech.js';
import {
  lineSpacings,
  loadSettings,
  saveSettings,
  textSizes,
  type DwSettingsChangeDetail,
  type ReaderSettings,
} from './settings-storage.js';
import { styles } from './dw-article.styles.js';
import { moveFocusTo } from './focus.js';
import { LocalizeController, type DwLocaleErrorDetail } from './i18n/localize-controller.js';
import { defaultT, supportedLocales } from './i18n/locales.js';
import { languageName } from './i18n/ui.js';
import type { DwLocaleChangeDetail } from './locale-switcher.js';
import { findHostTarget, skipKeys, type SkipKey } from './skip-links.js';

/** What the element shows. */
type View =
  | { kind: 'document'; doc: ArticleDocument; source: 'default' | 'property' | 'src' }
  | { kind: 'markup' }
  | { kind: 'loading' }
  | { kind: 'error'; error: ArticleError };

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

let instances = 0;
/** The connected instances: with more than one, each numbers its skip-links landmark. */
const connected = new Set<DwArticle>();
const styledRoots = new WeakSet<Document | ShadowRoot>();

/**
 * A news article that everyone can read: working skip links, a clean heading structure,
 * every passage in its own language, and an interface that follows the reader's locale.
 *
 * The article text is rendered into the element's light DOM (see the README's markup
 * contract), so reader modes, fragment links and `textContent` see it; the shadow root holds
 * only the interface around it.
 *
 * @summary An accessible, multilingual news article.
 *
 * @slot - The article (`<article class="dw-article">`), after a `<dw-locale-switcher>` and a
 *   status line; all rendered by the element, except an article the page already put there.
 *   When the host page puts its own `<main>` inside the element, they go into that `main`.
 * @slot header - The host page's header with its main menu; placed right after the skip links.
 * @slot footer - The host page's footer, for example the "more DW sites" list.
 *
 * @csspart skip-links - The container of the skip links.
 * @csspart skip-link - Each skip link.
 * @csspart content - The box around the article (and the host's `main`, if slotted).
 *
 * @cssprop --dw-article-text-color - Body text colour.
 * @cssprop --dw-article-muted-color - Colour of the date, labels and credits.
 * @cssprop --dw-article-background - Background colour.
 * @cssprop --dw-article-accent-color - Links and the focused skip link.
 * @cssprop --dw-article-focus-color - Focus outlines.
 * @cssprop --dw-article-measure - Maximum line length of the article column.
 * @cssprop --dw-article-font-family - Font of the article and its interface.
 *
 * @fires {DwLoadDetail} dw-load - An article is shown: `detail.source` says where it came from.
 * @fires {DwErrorDetail} dw-error - An article could not be shown (not downloaded, not JSON, or invalid); the
 *   element shows why, and `detail` says it for the page.
 * @fires {DwLocaleChangeDetail} dw-locale-change - The reader chose another interface language in the switcher.
 * @fires {DwLocaleErrorDetail} dw-locale-error - An interface locale could not be loaded; English is shown instead.
 * @fires {DwSettingsChangeDetail} dw-settings-change - The reader changed a reader setting (text size, line spacing, theme).
 */
export class DwArticle extends LitElement {
  static override styles = styles;

  /**
   * Interface locale (BCP 47). Without it: the nearest ancestor `lang`, then the browser's
   * languages, then English. The article's own languages never change with it.
   */
  @property({ reflect: true }) locale?: string;

  /**
   * `light`, `dark` or `sepia`; without it, the system's colour scheme. The host's value is a
   * default: a reader's own choice in the settings wins, and is kept for the site.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'sepia';

  /** Text size of the article, in percent: 100, 125, 150, 175 or 200. A default, like `theme`. */
  @property({ type: Number, reflect: true, attribute: 'text-size' }) textSize: number = 100;

  /** Line spacing of the article: `normal`, `relaxed` or `loose`. A default, like `theme`. */
  @property({ reflect: true, attribute: 'line-spacing' }) lineSpacing: ReaderSettings['lineSpacing'] = 'normal';

  /** Adds `NewsArticle` structured data (JSON-LD) built from the article document shown. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** Level of the headline, 1 to 6: lower it when the host page has its own `h1`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 1;

  /** CSS selector of the host page's main menu, the target of "Skip to main menu". */
  @property({ attribute: 'menu-target' }) menuTarget?: string;

  /** CSS selector of the host page's "more DW sites" list, the target of its skip link. */
  @property({ attribute: 'sites-target' }) sitesTarget?: string;

  /**
   * URL of an article document (JSON) to fetch, validate and show. The last one set wins; an
   * article the page rendered on its server is not fetched again.
   */
  @property()
  get src(): string | undefined {
    return this._src;
  }
  set src(value: string | undefined) {
    if ((value ?? undefined) === this._src) return;
    this._src = value ?? undefined;
    this.srcPending = !!value;
  }

  /**
   * The article document shown: the built-in default until another is set, also when the
   * page rendered the article itself; `undefined` while loading or after an error. Setting it
   * validates the document; an invalid one shows the error state and fires `dw-error`.
   */
  @property({ attribute: false })
  get article(): ArticleDocument | undefined {
    if (this.view.kind === 'document') return this.view.doc;
    if (this.view.kind !== 'markup') return undefined;
    try {
      return parseArticle(readArticleMarkup(this.articleElement()!));
    } catch {
      return undefined;
    }
  }
  set article(value: unknown) {
    this.articleSet = true;
    this.srcPending = false;
    this.abortLoad();
    try {
      this.view = { kind: 'document', doc: parseArticle(value), source: 'property' };
    } catch (error) {
      this.fail(error);
    }
  }

  @state() private view: View = { kind: 'document', doc: defaultArticle, source: 'default' };

  private _src?: string;
  private srcPending = false;
  private articleSet = false;
  private loading?: AbortController;
  private readonly l10n = new LocalizeController(this);
  private readonly headingId = `dw-article-${++instances}-headline`;
  private lastWarning = '';
  /** The interface locale last rendered, to announce a switch once. */
  private renderedLocale?: string;
  private announcement = '';

  constructor() {
    super();
    // The reader's choice in the switcher becomes this element's locale.
    this.addEventListener('dw-locale-change', (event) => {
      if (event.target !== this) this.locale = event.detail.locale;
    });
    this.addEventListener('dw-settings-change', (event) => {
      this.applySettings(event.detail.settings);
      saveSettings(event.detail.settings);
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest?.('.dw-copy-link');
      if (button && this.contains(button)) void this.copyLink(button);
      const standIn = (event.target as Element).closest?.('[data-dw-feature]');
      if (standIn && this.contains(standIn)) void this.openFeature(standIn);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadSettings();
    if (saved) this.applySettings(saved);
    connected.add(this);
    for (const other of connected) other.requestUpdate();
    const root = this.getRootNode();
    if ((root instanceof Document || root instanceof ShadowRoot) && !styledRoots.has(root)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, contentStyles.styleSheet!];
      styledRoots.add(root);
    }
    if (!this.articleSet && !this.hasUpdated && this.articleElement()) {
      // The page rendered the article itself: use it as it is, never fetch it again.
      this.view = { kind: 'markup' };
      this.srcPending = false;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    for (const other of connected) other.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.l10n.update();
    if (this.srcPending) {
      this.srcPending = false;
      this.load(this._src!);
    }
  }

  protected override update(changed: PropertyValues): void {
    // The light-DOM content first, so the skip links can point at its heading.
    const { view } = this;
    const { ui } = this.l10n;
    // An article set after adopting the page's own markup replaces that markup.
    if ((changed.get('view') as View | undefined)?.kind === 'markup') this.articleElement()?.remove();
    if (this.renderedLocale && this.renderedLocale !== ui.locale) {
      this.announcement = ui.t('state.localeChanged', { language: languageName(ui.locale) });
      for (const stale of this.querySelectorAll('.dw-copy-confirmation')) stale.remove();
    }
    this.renderedLocale = ui.locale;
    const status = view.kind === 'loading' ? ui.t('state.loading') : this.announcement;
    const content = this.content();
    // Stand-ins a server rendered for the toolbar and status line give way to the real ones,
    // in the same task, so nothing moves.
    if (view.kind === 'markup' && !this.hasUpdated) {
      for (const standIn of this.contentContainer().querySelectorAll(':scope > [data-dw-server]')) standIn.remove();
    }
    render(
      html`${this.toolbar(canReadAloud())}
        ${statusLine(status, ui, view.kind === 'loading')}${content}`,
      this.contentContainer(),
      { host: this, renderBefore: view.kind === 'markup' ? this.articleElement() : null },
    );
    if (view.kind === 'markup') localizeMarkup(this.articleElement()!, ui);
    this.updateStructuredData(changed);
    if (view.kind === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    const { view } = this;
    if (changed.has('view') && (view.kind === 'document' || view.kind === 'markup')) {
      const source = view.kind === 'document' ? view.source : 'markup';
      this.emit<DwLoadDetail>('dw-load', source === 'src' ? { source, src: this._src } : { source });
    }
  }

  protected override render() {
    const { ui } = this.l10n;
    const links = this.skipLinks();
    return html`
      ${
        links.length
          ? html`<nav class="skip-links" part="skip-links" lang=${ui.locale} dir=${ui.dir} aria-label=${this.skipLinksName()}>
            ${links.map(({ key, href }) => {
              const label = ui.label(`skipLinks.${key}`);
              return html`<a
                part="skip-link"
                href=${href}
                lang=${ifDefined(label.lang === ui.locale ? undefined : label.lang)}
                @click=${(event: Event) => this.skip(event, key)}
                >${label.text}</a
              >`;
            })}
          </nav>`
          : nothing
      }
      <slot name="header"></slot>
      <div class="content" part="content"><slot></slot></div>
      <slot name="footer"></slot>
    `;
  }

  /** The article, or why there is none, as a template for the light DOM. */
  private content() {
    const { view } = this;
    const options = {
      headingLevel: Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 1)) as HeadingLevel,
      headingId: this.headingId,
      ui: this.l10n.ui,
    };
    if (view.kind === 'document') return articleContent(view.doc, options);
    return view.kind === 'error' ? errorContent(view.error, options) : nothing;
  }

  /**
   * The light DOM, rendered on the server by `@lit-labs/ssr`'s `renderLight()` directive: the
   * article itself, and stand-ins that keep the place of the toolbar and status line (they
   * need JavaScript, so the browser renders them when it takes over).
   */
  renderLight() {
    const { ui } = this.l10n;
    return html`${this.toolbar(true, true)}
      <p class="dw-status dw-visually-hidden" data-dw-server lang=${ui.locale} dir=${ui.dir}></p>
      ${this.content()}`;
  }

  /**
   * Listen (where the browser can speak), reader settings and the language switcher. The first
   * two are stand-in buttons until first used (features.ts). A server renders the same toolbar,
   * so it lays out the same at every width, and the browser's replaces it without a shift; the
   * server assumes speech synthesis, which every current browser has. (Its switcher is never
   * hydrated: the whole toolbar gives way to the browser's.)
   */
  private toolbar(withListen: boolean, fromServer = false) {
    const { ui } = this.l10n;
    const switcherLabel = ui.label('localeSwitcher.label');
    return html`<div class="dw-toolbar" ?data-dw-server=${fromServer} dir=${ui.dir}>
      ${
        withListen
          ? html`<dw-read-aloud lang=${ui.locale} .ui=${ui} .passages=${this.readPassages}
              ><div role="group" aria-label=${ui.label('readAloud.label').text}>
                <button type="button" class="dw-lazy-control" data-dw-feature="dw-read-aloud" aria-pressed="false">
                  ${ui.label('readAloud.listen').text}
                </button>
              </div></dw-read-aloud
            >`
          : nothing
      }
      <dw-reader-settings lang=${ui.locale} .ui=${ui} .settings=${this.settings()}
        ><button type="button" class="dw-lazy-control" data-dw-feature="dw-reader-settings" aria-expanded="false">
          ${ui.label('settings.label').text}
        </button></dw-reader-settings
      >
      <dw-locale-switcher
        ?defer-hydration=${fromServer}
        lang=${switcherLabel.lang}
        locale=${ui.locale}
        label=${switcherLabel.text}
        .locales=${supportedLocales}
      ></dw-locale-switcher>
    </div>`;
  }

  /**
   * A shadow root a server rendered is hydrated where Lit's hydration support is loaded
   * (`dw-article-hydrate.js`); without it, it is rendered again from scratch, never added to.
   */
  protected override createRenderRoot() {
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /** The first render waits for the interface locale, so a German page never flashes English. */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await this.l10n.ready;
    super.scheduleUpdate();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    await this.l10n.ready;
    return (await super.getUpdateComplete()) && settled;
  }

  /** What "Listen" reads: headline, teaser, caption and each paragraph, each in its language. */
  private readonly readPassages = (): Passage[] => {
    const parts = this.articleElement()?.querySelectorAll<HTMLElement>(
      ':is(h1, h2, h3, h4, h5, h6), .dw-teaser, .dw-caption, .dw-body p',
    );
    return [...(parts ?? [])]
      .map((element) => ({
        text: element.textContent!.replace(/\s+/g, ' ').trim(),
        lang: element.closest('[lang]')?.getAttribute('lang') ?? 'en',
        element,
      }))
      .filter((passage) => passage.text);
  };

  /** The reader settings in force, from the properties (which hold defaults and choices alike). */
  private settings(): ReaderSettings {
    return {
      textSize: (textSizes as readonly number[]).includes(this.textSize)
        ? (this.textSize as ReaderSettings['textSize'])
        : 100,
      lineSpacing: (lineSpacings as readonly string[]).includes(this.lineSpacing) ? this.lineSpacing : 'normal',
      theme: this.theme ?? 'system',
    };
  }

  private applySettings(settings: ReaderSettings): void {
    this.textSize = settings.textSize;
    this.lineSpacing = settings.lineSpacing;
    this.theme = settings.theme === 'system' ? undefined : settings.theme;
  }

  /** Keeps the JSON-LD in step with the article shown (markup a server rendered keeps its own). */
  private updateStructuredData(changed: PropertyValues): void {
    if (!changed.has('view') && !changed.has('structuredData')) return;
    const container = this.contentContainer();
    const existing = container.querySelector(':scope > script.dw-structured-data');
    const doc = this.view.kind === 'document' ? this.view.doc : undefined;
    if (this.view.kind === 'markup' && existing) return;
    existing?.remove();
    const script =
      this.structuredData && (doc ?? this.article) ? structuredDataScript((doc ?? this.article)!) : undefined;
    if (script) container.append(script);
  }

  /** Where the content goes: the host page's own `main` when it put one inside, else the element. */
  private contentContainer(): HTMLElement {
    return this.querySelector<HTMLElement>(':scope > main') ?? this;
  }

  /** The `<article>` in the light DOM, rendered or adopted. */
  private articleElement(): HTMLElement | null {
    return this.contentContainer().querySelector(':scope > article');
  }

  /**
   * Copies the short link. Confirmed once to screen readers (the polite status line) and beside
   * the button for sighted readers; when the clipboard is refused, the link is selected instead.
   */
  private async copyLink(button: Element): Promise<void> {
    const link = button.closest('.dw-short-link')?.querySelector('a');
    if (!link) return;
    let key: 'article.linkCopied' | 'article.linkSelected' = 'article.linkCopied';
    try {
      await navigator.clipboard.writeText(link.href);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(link);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      key = 'article.linkSelected';
    }
    const { ui } = this.l10n;
    const message = ui.label(key);
    let confirmation = button.parentElement!.querySelector<HTMLElement>('.dw-copy-confirmation');
    if (!confirmation) {
      confirmation = document.createElement('span');
      confirmation.className = 'dw-copy-confirmation';
      confirmation.setAttribute('aria-hidden', 'true');
      button.after(confirmation);
    }
    confirmation.textContent = message.text;
    confirmation.lang = message.lang;
    this.announcement = message.text;
    this.requestUpdate();
  }

  /**
   * The first use of a feature loaded on demand (read aloud, reader settings): loads it, then
   * does what its stand-in button was pressed for, on the real control, which takes the focus.
   */
  private async openFeature(standIn: Element): Promise<void> {
    const tag = standIn.getAttribute('data-dw-feature') ?? '';
    const control = isLazyFeature(tag) ? standIn.closest<LitElement>(tag) : null;
    if (!control || !isLazyFeature(tag)) return;
    await loadFeature(tag);
    await control.updateComplete;
    const button = control.shadowRoot?.querySelector('button');
    button?.focus();
    button?.click();
  }

  /** Fetches `src`; a newer `src` or `article` aborts it, so nothing stale is ever shown. */
  private load(src: string): void {
    this.abortLoad();
    const loading = new AbortController();
    this.loading = loading;
    this.view = { kind: 'loading' };
    this.announcement = '';
    fetchArticle(src, loading.signal).then(
      (doc) => {
        if (this.loading !== loading) return;
        this.loading = undefined;
        this.view = { kind: 'document', doc, source: 'src' };
      },
      (error: unknown) => {
        if (this.loading !== loading) return;
        this.loading = undefined;
        this.fail(error, src);
      },
    );
  }

  private abortLoad(): void {
    this.loading?.abort();
    this.loading = undefined;
  }

  private fail(error: unknown, src?: string): void {
    const failure =
      error instanceof ArticleError ? error : new ArticleError('network', [String((error as Error)?.message ?? error)]);
    console.error(`<dw-article>: ${failure.message}`);
    this.view = { kind: 'error', error: failure };
    this.emit<DwErrorDetail>('dw-error', {
      reason: failure.reason,
      issues: failure.issues,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(src === undefined ? {} : { src }),
    });
  }

  private emit<T>(type: string, detail: T): void {
    emit(this, type, detail);
  }

  /** The skip links whose targets exist now; warns once about the others. */
  private skipLinks(): { key: SkipKey; href: string }[] {
    if (isServer) return this.serverSkipLinks();
    const links: { key: SkipKey; href: string }[] = [];
    const missing: string[] = [];
    for (const key of skipKeys) {
      const found = this.skipTarget(key);
      if (found instanceof HTMLElement) links.push({ key, href: found.id ? `#${found.id}` : '#' });
      // While loading there is no heading yet, and nothing to warn about.
      else if (this.view.kind !== 'loading' || key !== 'content') {
        missing.push(`"${defaultT(`skipLinks.${key}`)}" (${found})`);
      }
    }
    const warning = missing.length
      ? `<dw-article>: skip links not shown, because their targets are missing: ${missing.join('; ')}.`
      : '';
    if (warning && warning !== this.lastWarning) console.warn(warning);
    this.lastWarning = warning;
    return links;
  }

  /**
   * On the server there is no page to look in: "Skip to content" goes to the heading rendered
   * with the article, and the page's own targets are taken on trust from `menu-target` and
   * `sites-target` (an `#id` selector gives the link its `href`). The browser checks them again
   * when it takes over, and hides a link whose target is missing.
   */
  private serverSkipLinks(): { key: SkipKey; href: string }[] {
    const hrefOf = (selector: string) => (/^#[\w-]+$/.test(selector) ? selector : '#');
    const hrefs: Record<SkipKey, string | undefined> = {
      content: this.view.kind === 'document' || this.view.kind === 'error' ? `#${this.headingId}` : undefined,
      mainMenu: this.menuTarget && hrefOf(this.menuTarget),
      moreSites: this.sitesTarget && hrefOf(this.sitesTarget),
    };
    return skipKeys.flatMap((key) => (hrefs[key] ? [{ key, href: hrefs[key] }] : []));
  }

  /**
   * The skip links are a navigation landmark (so no page content sits outside landmarks); with
   * several articles on a page, each one's landmark is numbered to keep the names unique.
   */
  private skipLinksName(): string {
    const { ui } = this.l10n;
    if (connected.size < 2) return ui.t('skipLinks.label');
    return ui.t('skipLinks.labelFor', { number: ui.number([...connected].indexOf(this) + 1) });
  }

  /** The element a skip link moves focus to, or why there is none. */
  private skipTarget(key: SkipKey): HTMLElement | string {
    if (key === 'mainMenu') return findHostTarget(this, 'menu-target', this.menuTarget);
    if (key === 'moreSites') return findHostTarget(this, 'sites-target', this.sitesTarget);
    const heading = this.contentContainer().querySelector<HTMLElement>(
      ':scope > :is(article, .dw-error) :is(h1, h2, h3, h4, h5, h6)',
    );
    if (!heading) return 'the article has no heading';
    if (!heading.id) heading.id = this.headingId;
    return heading;
  }

  private skip(event: Event, key: SkipKey): void {
    event.preventDefault();
    const target = this.skipTarget(key);
    if (target instanceof HTMLElement) moveFocusTo(target);
    else this.requestUpdate();
  }
}

/** A bubbling, composed event (a function, so the manifest's analyzer does not take `type` for an event name). */
function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-article': DwArticle;
  }
  interface GlobalEventHandlersEventMap {
    'dw-load': CustomEvent<DwLoadDetail>;
    'dw-error': CustomEvent<DwErrorDetail>;
    'dw-locale-change': CustomEvent<DwLocaleChangeDetail>;
    'dw-locale-error': CustomEvent<DwLocaleErrorDetail>;
    'dw-settings-change': CustomEvent<DwSettingsChangeDetail>;
  }
}
