import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { articleContent, type HeadingLevel } from './article/content.js';
import { contentStyles } from './article/content.styles.js';
import { defaultArticle } from './article/default-article.js';
import { parseArticle, type ArticleDocument } from './article/schema.js';
import { styles } from './dw-article.styles.js';
import { moveFocusTo } from './focus.js';
import { LocalizeController } from './i18n/localize-controller.js';
import { defaultT, supportedLocales } from './i18n/locales.js';
import type { DwLocaleChangeDetail } from './locale-switcher.js';

type SkipKey = 'content' | 'mainMenu' | 'moreSites';

interface SkipLink {
  key: SkipKey;
  target: HTMLElement;
}

export interface DwErrorDetail {
  /** Why the document was refused: one line per problem, each naming its field. */
  issues: readonly string[];
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
 * @slot - The article (`<article class="dw-article">`), after a `<dw-locale-switcher>`; both
 *   rendered by the element unless the page already put the article there. When the host page
 *   puts its own `<main>` inside the element, they go into that `main`.
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
 * @fires dw-locale-change - The reader chose another interface language in the switcher.
 * @fires dw-error - An `article` document was refused; the one shown before stays.
 */
export class DwArticle extends LitElement {
  static override styles = styles;

  /**
   * Interface locale (BCP 47). Without it: the nearest ancestor `lang`, then the browser's
   * languages, then English. The article's own languages never change with it.
   */
  @property({ reflect: true }) locale?: string;

  /** Level of the headline, 1 to 6: lower it when the host page has its own `h1`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 1;

  /** CSS selector of the host page's main menu, the target of "Skip to main menu". */
  @property({ attribute: 'menu-target' }) menuTarget?: string;

  /** CSS selector of the host page's "more DW sites" list, the target of its skip link. */
  @property({ attribute: 'sites-target' }) sitesTarget?: string;

  /**
   * The article document being shown (the built-in default until another is set). Setting
   * it validates the document; an invalid one is refused with a `dw-error` event.
   */
  @property({ attribute: false })
  get article(): ArticleDocument | undefined {
    return this.source === 'markup' ? undefined : this.source;
  }
  set article(value: unknown) {
    try {
      this.source = parseArticle(value);
      this.articleSet = true;
    } catch (error) {
      this.refuse(error);
    }
  }

  /** Where the content comes from: a document, or markup the page rendered itself. */
  @state() private source: ArticleDocument | 'markup' = defaultArticle;

  private articleSet = false;
  private readonly l10n = new LocalizeController(this);
  private readonly headingId = `dw-article-${++instances}-headline`;
  private lastWarning = '';

  constructor() {
    super();
    // The reader's choice in the switcher becomes this element's locale.
    this.addEventListener('dw-locale-change', (event) => {
      if (event.target !== this) this.locale = event.detail.locale;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    for (const other of connected) other.requestUpdate();
    const root = this.getRootNode();
    if ((root instanceof Document || root instanceof ShadowRoot) && !styledRoots.has(root)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, contentStyles.styleSheet!];
      styledRoots.add(root);
    }
    if (!this.articleSet && !this.hasUpdated && this.articleElement()) this.source = 'markup';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    for (const other of connected) other.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.l10n.update();
  }

  protected override update(changed: PropertyValues): void {
    // The light-DOM content first, so the skip links can point at its heading.
    const container = this.contentContainer();
    const { locale, t } = this.l10n;
    // A document set after adopting the page's own markup replaces that markup.
    if (changed.get('source') === 'markup') this.articleElement()?.remove();
    const switcher = html`<dw-locale-switcher
      lang=${locale}
      locale=${locale}
      label=${t('localeSwitcher.label')}
      .locales=${supportedLocales}
    ></dw-locale-switcher>`;
    const content =
      this.source === 'markup'
        ? nothing
        : articleContent(this.source, {
            headingLevel: Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 1)) as HeadingLevel,
            headingId: this.headingId,
            locale,
            t,
          });
    render(html`${switcher}${content}`, container, {
      host: this,
      renderBefore: this.source === 'markup' ? this.articleElement() : null,
    });
    super.update(changed);
  }

  /** Where the content goes: the host page's own `main` when it put one inside, else the element. */
  private contentContainer(): HTMLElement {
    return this.querySelector<HTMLElement>(':scope > main') ?? this;
  }

  /** The `<article>` in the light DOM, rendered or adopted. */
  private articleElement(): HTMLElement | null {
    return this.contentContainer().querySelector(':scope > article');
  }

  protected override render() {
    const { t, locale } = this.l10n;
    const links = this.skipLinks();
    return html`
      ${links.length
        ? html`<nav class="skip-links" part="skip-links" lang=${locale} aria-label=${this.skipLinksName()}>
            ${links.map(
              ({ key, target }) =>
                html`<a part="skip-link" href=${target.id ? `#${target.id}` : '#'} @click=${(event: Event) => this.skip(event, key)}
                  >${t(`skipLinks.${key}`)}</a
                >`,
            )}
          </nav>`
        : nothing}
      <slot name="header"></slot>
      <div class="content" part="content"><slot></slot></div>
      <slot name="footer"></slot>
    `;
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

  /** The skip links whose targets exist now; warns once about the others. */
  private skipLinks(): SkipLink[] {
    const links: SkipLink[] = [];
    const missing: string[] = [];
    for (const key of ['content', 'mainMenu', 'moreSites'] as const) {
      const found = this.skipTarget(key);
      if (found instanceof HTMLElement) links.push({ key, target: found });
      else missing.push(`"${defaultT(`skipLinks.${key}`)}" (${found})`);
    }
    const warning = missing.length
      ? `<dw-article>: skip links not shown, because their targets are missing: ${missing.join('; ')}.`
      : '';
    if (warning && warning !== this.lastWarning) console.warn(warning);
    this.lastWarning = warning;
    return links;
  }

  /**
   * The skip links are a navigation landmark (so no page content sits outside landmarks); with
   * several articles on a page, each one's landmark is numbered to keep the names unique.
   */
  private skipLinksName(): string {
    const { t } = this.l10n;
    if (connected.size < 2) return t('skipLinks.label');
    return t('skipLinks.labelFor', { number: [...connected].indexOf(this) + 1 });
  }

  /** The element a skip link moves focus to, or why there is none. */
  private skipTarget(key: SkipKey): HTMLElement | string {
    if (key === 'content') {
      const heading = this.articleElement()?.querySelector<HTMLElement>(':is(h1, h2, h3, h4, h5, h6)');
      if (!heading) return 'the article has no heading';
      if (!heading.id) heading.id = this.headingId;
      return heading;
    }
    const [attribute, selector] =
      key === 'mainMenu' ? ['menu-target', this.menuTarget] : ['sites-target', this.sitesTarget];
    if (!selector) return `no ${attribute} attribute`;
    const root = this.getRootNode() as Document | ShadowRoot;
    try {
      const target = root.querySelector(selector) ?? document.querySelector(selector);
      return target instanceof HTMLElement ? target : `${attribute}="${selector}" matches no element`;
    } catch {
      return `${attribute}="${selector}" is not a valid CSS selector`;
    }
  }

  private skip(event: Event, key: SkipKey): void {
    event.preventDefault();
    const target = this.skipTarget(key);
    if (target instanceof HTMLElement) moveFocusTo(target);
    else this.requestUpdate();
  }

  private refuse(error: unknown): void {
    const issues = error instanceof Error && 'issues' in error ? (error.issues as string[]) : [String(error)];
    console.error(error);
    this.dispatchEvent(
      new CustomEvent<DwErrorDetail>('dw-error', { detail: { issues }, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-article': DwArticle;
  }
  interface GlobalEventHandlersEventMap {
    'dw-locale-change': CustomEvent<DwLocaleChangeDetail>;
    'dw-error': CustomEvent<DwErrorDetail>;
  }
}
