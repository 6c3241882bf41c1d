import { html, isServer, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { defaultT } from '../i18n/locales.js';
import { moveFocusTo } from './focus.js';

export type SkipKey = 'content' | 'mainMenu' | 'moreSites';

export const skipKeys: readonly SkipKey[] = ['content', 'mainMenu', 'moreSites'];

/** What the skip links need to know of their element, read when they render. */
export interface SkipLinksOptions {
  /** The selectors of the host page's main menu and "more DW sites" list. */
  menuTarget(): string | undefined;
  sitesTarget(): string | undefined;
  /** Where the article (or the error that stands for it) is rendered. */
  contentContainer(): HTMLElement;
  /** While loading there is no heading yet, and nothing to warn about. */
  loading(): boolean;
  ui(): InterfaceLocale;
}

interface Link {
  key: SkipKey;
  href: string;
}

let instances = 0;
/** The connected instances: with more than one, each numbers its skip-links landmark. */
const connected = new Set<ReactiveControllerHost>();

/**
 * "Skip to content", "Skip to main menu" and "Skip to more DW sites": each link is shown only
 * while its target exists (with one warning that says why when not), and moves real focus
 * there, clear of a sticky header. The links are a navigation landmark, numbered when
 * several articles share a page.
 */
export class SkipLinksController implements ReactiveController {
  /**
   * The id the headline gets, unique on the page: the target of "Skip to content". An element
   * a server rendered keeps the server's (its skip link was rendered with it, and hydration
   * keeps what the server wrote).
   */
  headingId = `dw-article-${++instances}-headline`;
  private lastWarning = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SkipLinksOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!(this.host as { hasUpdated?: boolean }).hasUpdated) {
      const rendered = this.options
        .contentContainer()
        .querySelector(':scope > :is(article, .dw-error) [id$="-headline"]');
      if (rendered && /^dw-article-\d+-headline$/.test(rendered.id)) this.headingId = rendered.id;
    }
    connected.add(this.host);
    for (const other of connected) other.requestUpdate();
  }

  hostDisconnected(): void {
    connected.delete(this.host);
    for (const other of connected) other.requestUpdate();
  }

  render() {
    const ui = this.options.ui();
    const links = isServer ? this.serverLinks() : this.links();
    if (!links.length) return nothing;
    return html`<nav class="skip-links" part="skip-links" lang=${ui.locale} dir=${ui.dir} aria-label=${this.landmarkName()}>
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
    </nav>`;
  }

  /** The links whose targets exist now; warns once about the others. */
  private links(): Link[] {
    const links: Link[] = [];
    const missing: string[] = [];
    for (const key of skipKeys) {
      const found = this.target(key);
      if (found instanceof HTMLElement) links.push({ key, href: found.id ? `#${found.id}` : '#' });
      else if (key !== 'content' || !this.options.loading()) {
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
  private serverLinks(): Link[] {
    const hrefOf = (selector: string | undefined) => selector && (/^#[\w-]+$/.test(selector) ? selector : '#');
    const hrefs: Record<SkipKey, string | undefined> = {
      content: this.options.loading() ? undefined : `#${this.headingId}`,
      mainMenu: hrefOf(this.options.menuTarget()),
      moreSites: hrefOf(this.options.sitesTarget()),
    };
    return skipKeys.flatMap((key) => (hrefs[key] ? [{ key, href: hrefs[key] }] : []));
  }

  private landmarkName(): string {
    const ui = this.options.ui();
    if (connected.size < 2) return ui.t('skipLinks.label');
    return ui.t('skipLinks.labelFor', { number: ui.number([...connected].indexOf(this.host) + 1) });
  }

  /** The element a skip link moves focus to, or why there is none. */
  private target(key: SkipKey): HTMLElement | string {
    if (key === 'mainMenu') return findHostTarget(this.host, 'menu-target', this.options.menuTarget());
    if (key === 'moreSites') return findHostTarget(this.host, 'sites-target', this.options.sitesTarget());
    const heading = this.options
      .contentContainer()
      .querySelector<HTMLElement>(':scope > :is(article, .dw-error) :is(h1, h2, h3, h4, h5, h6)');
    if (!heading) return 'the article has no heading';
    if (!heading.id) heading.id = this.headingId;
    return heading;
  }

  private skip(event: Event, key: SkipKey): void {
    event.preventDefault();
    const target = this.target(key);
    if (target instanceof HTMLElement) moveFocusTo(target);
    else this.host.requestUpdate();
  }
}

/**
 * The host-page element a skip link goes to, looked up by CSS selector in the element's own
 * tree (document or enclosing shadow root), then in the document; or why there is none.
 */
export function findHostTarget(from: Element, attribute: string, selector: string | undefined): HTMLElement | string {
  if (!selector) return `no ${attribute} attribute`;
  const root = from.getRootNode() as Document | ShadowRoot;
  try {
    const target = root.querySelector(selector) ?? document.querySelector(selector);
    return target instanceof HTMLElement ? target : `${attribute}="${selector}" matches no element`;
  } catch {
    return `${attribute}="${selector}" is not a valid CSS selector`;
  }
}
