import { LitElement, html, isServer, nothing, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { copyLink } from './chrome/copy-link.js';
import { openFeature } from './chrome/lazy-features.js';
import type { ReaderSettings } from './reader-settings.js';
import { ReaderSettingsController } from './chrome/reader-settings-controller.js';
import { SkipLinksController } from './chrome/skip-links.js';
import { canReadAloud, passagesOf } from './chrome/speech.js';
import { StatusController } from './chrome/status.js';
import { toolbar } from './chrome/toolbar.js';
import { ArticleSourceController } from './document/article-source.js';
import type { ArticleDocument, ArticleInput } from './document/schema.js';
import { emit } from './events.js';
import { LocalizeController } from './i18n/localize-controller.js';
import { articleContent } from './parts/article.js';
import type { HeadingLevel } from './parts/runs.js';
import { adoptArticleStyles } from './parts/article.styles.js';
import { errorContent } from './parts/error.js';
import { relabelMarkup } from './parts/relabel.js';
import { syncStructuredData } from './parts/structured-data.js';
import { styles } from './dw-article.styles.js';

export type { DwErrorDetail, DwLoadDetail } from './events.js';

/**
 * A news article that everyone can read: working skip links, a clean heading structure,
 * every passage in its own language, and an interface that follows the reader's locale.
 *
 * The article text is rendered into the element's light DOM (see the README's markup
 * contract), so reader modes, fragment links and `textContent` see it; the shadow root holds
 * only the interface around it.
 *
 * @tagname dw-article
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
    return this.source.currentSrc;
  }
  set src(value: string | undefined) {
    this.source.setSrc(value);
  }

  /**
   * The article document shown: the built-in default until another is set, also when the
   * page rendered the article itself; `undefined` while loading or after an error. Setting it
   * validates the document; an invalid one shows the error state and fires `dw-error`.
   */
  @property({ attribute: false })
  get article(): ArticleDocument | undefined {
    return this.source.article;
  }
  set article(value: ArticleInput | undefined) {
    this.source.setArticle(value);
  }

  private readonly l10n = new LocalizeController(this, (error) => emit(this, 'dw-locale-error', error));
  private readonly source = new ArticleSourceController(this, () => this.articleElement());
  private readonly settings = new ReaderSettingsController(this);
  private readonly status = new StatusController(this, () => this.l10n.ui);
  private readonly skipLinks = new SkipLinksController(this, {
    menuTarget: () => this.menuTarget,
    sitesTarget: () => this.sitesTarget,
    contentContainer: () => this.contentContainer(),
    loading: () => this.source.view.kind === 'loading',
    ui: () => this.l10n.ui,
  });

  constructor() {
    super();
    // The reader's choice in the switcher becomes this element's locale.
    this.addEventListener('dw-locale-change', (event) => {
      if (event.target !== this) this.locale = event.detail.locale;
    });
  }

  /**
   * A listener on each button of the light DOM (also in markup a server rendered), never one
   * on the host for all: a click listener on an ancestor makes Chromium and Firefox expose
   * everything inside it as clickable, and Orca then said "heading level 1 clickable" for the
   * headline and the skip links' targets (tests/screen-reader).
   */
  private readonly wired = new WeakSet<Element>();
  private wireButtons() {
    for (const button of this.contentContainer().querySelectorAll('.dw-copy-link, [data-dw-feature]')) {
      if (this.wired.has(button)) continue;
      this.wired.add(button);
      button.addEventListener('click', () =>
        button.matches('.dw-copy-link') ? void this.copyLink(button) : void openFeature(button),
      );
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptArticleStyles(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.l10n.sync();
  }

  protected override update(changed: PropertyValues): void {
    // The light-DOM content first, so the skip links can point at its heading.
    const { view } = this.source;
    const adopted = view.kind === 'markup';
    // Stand-ins a server rendered for the toolbar and status line give way to the real ones,
    // in the same task, so nothing moves.
    if (this.source.fromServer) {
      for (const standIn of this.contentContainer().querySelectorAll(':scope > [data-dw-server]')) standIn.remove();
    }
    render(
      html`${this.toolbar(canReadAloud())}${this.status.render(view.kind === 'loading')}${this.content()}`,
      this.contentContainer(),
      { host: this, renderBefore: adopted ? this.articleElement() : null },
    );
    if (adopted) relabelMarkup(this.articleElement()!, this.l10n.ui);
    if (this.source.changed || changed.has('structuredData')) {
      syncStructuredData(this.contentContainer(), () => (this.structuredData ? this.article : undefined), adopted);
    }
    if (view.kind === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.wireButtons();
    super.update(changed);
  }

  protected override render() {
    return html`
      ${this.skipLinks.render()}
      <slot name="header"></slot>
      <div class="content" part="content"><slot></slot></div>
      <slot name="footer"></slot>
    `;
  }

  /**
   * The light DOM, rendered on the server by `@lit-labs/ssr`'s `renderLight()` directive: the
   * article itself, and stand-ins that keep the place of the toolbar and status line (they
   * need JavaScript, so the browser renders them when it takes over).
   */
  renderLight() {
    const { ui } = this.l10n;
    return html`${this.toolbar(true, true)}
      <div class="dw-status dw-visually-hidden" data-dw-server lang=${ui.locale} dir=${ui.dir}></div>
      ${this.content()}`;
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
    await Promise.all([this.l10n.ready, this.source.readerReady]);
    return (await super.getUpdateComplete()) && settled;
  }

  /** The article, or why there is none, as a template for the light DOM. */
  private content() {
    const { view } = this.source;
    const options = {
      headingLevel: Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 1)) as HeadingLevel,
      headingId: this.skipLinks.headingId,
      ui: this.l10n.ui,
      idTaken: this.idTaken,
    };
    if (view.kind === 'document') return articleContent(view.doc, options);
    return view.kind === 'error' ? errorContent(view.error, options) : nothing;
  }

  private toolbar(withListen: boolean, fromServer = false) {
    return toolbar({
      ui: this.l10n.ui,
      withListen,
      fromServer,
      passages: this.passages,
      settings: this.settings.settings,
    });
  }

  /** Whether an element outside this one already has `id` (on the server there is no page to ask). */
  private readonly idTaken = (id: string): boolean => {
    if (isServer) return false;
    const found = (this.getRootNode() as Document | ShadowRoot).getElementById?.(id);
    return !!found && !this.contains(found);
  };

  /** What "Listen" reads: the article shown, asked for when reading starts. */
  private readonly passages = () => passagesOf(this.articleElement());

  private async copyLink(button: Element): Promise<void> {
    const message = await copyLink(button, this.l10n.ui);
    if (message) this.status.announce(message.text);
  }

  /** Where the content goes: the host page's own `main` when it put one inside, else the element. */
  private contentContainer(): HTMLElement {
    return this.querySelector<HTMLElement>(':scope > main') ?? this;
  }

  /** The `<article>` in the light DOM, rendered or adopted. */
  private articleElement(): HTMLElement | null {
    return this.contentContainer().querySelector(':scope > article');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-article': DwArticle;
  }
}
