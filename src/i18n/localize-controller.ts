import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLocale, defaultT, loadedT, loadLocale, onStringsChanged, type Locale } from './locales.js';
import { matchLocale, resolveLocale } from './resolve-locale.js';
import { createInterfaceLocale, type InterfaceLocale } from './interface-locale.js';

type T = Parameters<typeof createInterfaceLocale>[1];

/** One interface locale object per locale, shared by every instance (its formats are Intl objects, not cheap). */
const shown = new Map<Locale, InterfaceLocale>();
function interfaceLocale(locale: Locale, t: T): InterfaceLocale {
  if (!shown.has(locale)) shown.set(locale, createInterfaceLocale(locale, t));
  return shown.get(locale)!;
}
// A locale registered again may write its numbers and dates differently.
onStringsChanged((locale) => shown.delete(locale));

/** What the browser and the server renderer say of a locale that is not an interface locale. */
export function unknownLocaleWarning(requested: string): string {
  return `<dw-article>: locale="${requested}" is not an interface locale (see registerLocale); falling back to the page's language, then English.`;
}

type Host = ReactiveControllerHost & HTMLElement & { locale?: string | null };

/** A locale that could not be loaded (the element fires it as `dw-locale-error`). */
export interface LocaleError {
  /** The interface locale that could not be loaded. */
  locale: Locale;
  /** The locale shown instead. */
  fallback: Locale;
  /** Why, for the page's logs. */
  message: string;
}

/**
 * Gives an element its interface strings. The host calls `sync()` when its `locale`
 * changes; strings switch only once the new locale has loaded, so a reader never sees raw
 * keys or half-translated chrome, and the last request always wins. A locale that fails to
 * load falls back to English and is reported to `onError`.
 */
export class LocalizeController implements ReactiveController {
  /** The interface locale shown now, with its strings, direction and formats. */
  ui: InterfaceLocale = interfaceLocale(defaultLocale, defaultT);
  /** Resolves when the latest requested locale is showing. */
  ready: Promise<void> = Promise.resolve();

  private request = 0;
  private requested?: Locale;
  private warned = new Set<string>();
  private unknown?: string;

  constructor(
    private readonly host: Host,
    /** Told when a locale fails to load and English is shown instead. */
    private readonly onError: (error: LocaleError) => void,
  ) {
    host.addController(this);
  }

  private unsubscribe?: () => void;

  hostConnected(): void {
    // Strings a page overrides, and a locale it registers (again, or after asking for it), show at once.
    this.unsubscribe = onStringsChanged((locale) => {
      if (locale !== this.ui.locale) return this.sync();
      const t = loadedT(locale);
      if (t) {
        this.ui = interfaceLocale(locale, t);
        this.host.requestUpdate();
      } else {
        // Registered again with a loader: load it anew (English stays until it is here).
        this.requested = undefined;
        this.sync();
      }
    });
    this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /**
   * An unknown locale is reported when the element renders, not when it is asked for: a page
   * that registers its locale right after loading the element (in the same script) is not
   * warned about it.
   */
  hostUpdate(): void {
    const { unknown } = this;
    if (unknown && !matchLocale(unknown) && !this.warned.has(unknown)) {
      this.warned.add(unknown);
      console.warn(unknownLocaleWarning(unknown));
    }
  }

  /** Asks for the locale the host resolves to now (its `locale`, else its page's language). */
  sync(): void {
    const requested = this.host.locale;
    this.unknown = requested && !matchLocale(requested) ? requested : undefined;
    const locale = resolveLocale(requested, this.host);
    if (locale === this.requested) return;
    this.requested = locale;
    const request = ++this.request;
    const show = (locale: Locale, t: T) => {
      if (request !== this.request) return;
      this.ui = interfaceLocale(locale, t);
      this.host.requestUpdate();
    };
    // Strings already here are shown in this very update: on the server (which renders
    // synchronously) and for a locale the page has used before.
    const loaded = loadedT(locale);
    if (loaded) {
      show(locale, loaded);
      this.ready = Promise.resolve();
      return;
    }
    this.ready = loadLocale(locale).then(
      (t) => show(locale, t),
      (error: unknown) => {
        if (request !== this.request) return;
        this.requested = undefined; // so that asking again tries again
        const message = error instanceof Error ? error.message : String(error);
        console.error(`<dw-article>: could not load the interface locale "${locale}"; showing English.`, message);
        show(defaultLocale, defaultT);
        this.onError({ locale, fallback: defaultLocale, message });
      },
    );
  }
}
