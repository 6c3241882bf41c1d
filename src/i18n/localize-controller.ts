import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TFunction } from 'i18next';
import { defaultLocale, defaultT, loadLocale, type Locale } from './locales.js';
import { matchLocale, resolveLocale } from './resolve-locale.js';

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | null };

/**
 * Gives an element its interface strings. The host calls `update()` when its `locale`
 * changes; strings switch only once the new locale has loaded, so a reader never sees raw
 * keys or half-translated chrome, and the last request always wins.
 */
export class LocalizeController implements ReactiveController {
  /** The locale the strings are in now. */
  locale: Locale = defaultLocale;
  t: TFunction = defaultT;
  /** Resolves when the latest requested locale is showing. */
  ready: Promise<void> = Promise.resolve();

  private request = 0;
  private requested?: Locale;
  private warned = new Set<string>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
  }

  update(): void {
    const requested = this.host.locale;
    if (requested && !matchLocale(requested) && !this.warned.has(requested)) {
      this.warned.add(requested);
      console.warn(
        `<dw-article>: locale="${requested}" is not an interface locale; falling back to the page's language.`,
      );
    }
    const locale = resolveLocale(requested, this.host);
    if (locale === this.requested) return;
    this.requested = locale;
    const request = ++this.request;
    this.ready = loadLocale(locale).then(
      (t) => {
        if (request !== this.request) return;
        this.locale = locale;
        this.t = t;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (request === this.request) console.error(`<dw-article>: could not load locale "${locale}".`, error);
      },
    );
  }
}
