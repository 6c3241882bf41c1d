import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit } from '../events.js';
import { defaultArticle } from './default-article.js';
import { fetchArticle } from './fetch-article.js';
import { ArticleError, parseArticle, type ArticleDocument } from './schema.js';

/** What the element shows. */
export type View =
  | { kind: 'document'; doc: ArticleDocument; source: 'default' | 'property' }
  | { kind: 'document'; doc: ArticleDocument; source: 'src'; src: string }
  | { kind: 'markup' }
  | { kind: 'loading' }
  | { kind: 'error'; error: ArticleError };

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * Where the article an element shows comes from: the built-in default, a document set as
 * `.article`, one fetched from `src` (on `@lit/task`), or the markup a page rendered into the
 * element itself. The last source set wins: a newer one aborts a fetch still running, and so
 * does disconnecting (connected again, the element fetches it anew). Fires `dw-load` when an
 * article is shown and `dw-error` when one cannot be.
 */
export class ArticleSourceController implements ReactiveController {
  view: View = { kind: 'document', doc: defaultArticle, source: 'default' };

  private src?: string;
  /** A `src` that still has to be fetched: newly set, or aborted by a disconnect. */
  private pending = false;
  /** Whether the page set `.article` (it then never adopts markup), and what it set last. */
  private chosen = false;
  private chosenValue: unknown;
  /** Whether a server rendered an article into the element before it first connected. */
  private serverMarkup = false;
  private rendered?: View;
  private viewChanged = false;
  private announced?: View;
  /** The reader of server markup, loaded only when the element adopts some (it is most of an HTML importer). */
  private reader?: typeof import('./read-markup.js');
  /** Settles when what `.article` needs to read adopted markup is here. */
  readerReady: Promise<void> = Promise.resolve();

  private readonly task = new Task<[string], ArticleDocument>(this.host, {
    autoRun: false,
    task: async ([src], { signal }) => {
      try {
        const doc = await fetchArticle(src, signal);
        return signal.aborted ? initialState : doc;
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (doc) => this.show({ kind: 'document', doc, source: 'src', src: this.src! }),
    onError: (error) => this.fail(error, this.src),
  });

  constructor(
    private readonly host: Host,
    /** The `<article>` in the element's light DOM, rendered or the page's own. */
    private readonly articleElement: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  get currentSrc(): string | undefined {
    return this.src;
  }

  setSrc(value: string | undefined): void {
    if ((value ?? undefined) === this.src) return;
    this.src = value ?? undefined;
    this.pending = !!value;
  }

  /**
   * The document shown; `undefined` while loading, after an error, or for markup that is not a
   * valid article (or not read yet: see `readerReady`).
   */
  get article(): ArticleDocument | undefined {
    if (this.view.kind === 'document') return this.view.doc;
    if (this.view.kind !== 'markup' || !this.reader) return undefined;
    try {
      return parseArticle(this.reader.readArticleMarkup(this.articleElement()!));
    } catch {
      return undefined;
    }
  }

  setArticle(value: unknown): void {
    // The same document again (a framework sets every property on every render) changes nothing.
    if (this.chosen && value === this.chosenValue && this.view.kind !== 'loading') return;
    this.chosen = true;
    this.chosenValue = value;
    this.pending = false;
    this.task.abort();
    try {
      this.show({ kind: 'document', doc: parseArticle(value), source: 'property' });
    } catch (error) {
      this.fail(error);
    }
  }

  /** Whether the view changed in the update under way (for what follows the article shown). */
  get changed(): boolean {
    return this.viewChanged;
  }

  /** Whether what a server rendered into the element is still to be cleared or taken over. */
  get fromServer(): boolean {
    return this.serverMarkup && !this.host.hasUpdated;
  }

  hostConnected(): void {
    if (!this.host.hasUpdated && this.articleElement()) this.serverMarkup = true;
    if (!this.chosen && !this.host.hasUpdated && this.articleElement()) {
      // The page rendered the article itself: use it as it is, never fetch it again.
      this.view = { kind: 'markup' };
      this.pending = false;
      this.readerReady = import('./read-markup.js').then((reader) => {
        this.reader = reader;
        this.host.requestUpdate();
      });
    }
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.task.abort();
    this.pending = true;
  }

  hostUpdate(): void {
    if (this.pending && this.host.isConnected) {
      this.pending = false;
      this.view = { kind: 'loading' };
      void this.task.run([this.src!]);
    }
    // An article set after adopting the page's own markup replaces that markup; so does one set
    // before the element first connected (React sets properties on a server-rendered element first).
    const replaced = this.rendered ? this.rendered.kind === 'markup' : this.fromServer;
    if (replaced && this.view.kind !== 'markup') this.articleElement()?.remove();
    this.viewChanged = this.view !== this.rendered;
    this.rendered = this.view;
  }

  hostUpdated(): void {
    const { view } = this;
    if (view === this.announced || (view.kind !== 'document' && view.kind !== 'markup')) return;
    // Adopted markup is announced once `.article` can read it, so a `dw-load` listener can.
    if (view.kind === 'markup' && !this.reader) return;
    this.announced = view;
    emit(
      this.host,
      'dw-load',
      view.kind === 'markup'
        ? { source: 'markup' }
        : view.source === 'src'
          ? { source: 'src', src: view.src }
          : { source: view.source },
    );
  }

  private show(view: View): void {
    this.view = view;
    this.host.requestUpdate();
  }

  private fail(error: unknown, src?: string): void {
    const failure =
      error instanceof ArticleError ? error : new ArticleError('network', [String((error as Error)?.message ?? error)]);
    console.error(`<dw-article>: ${failure.message}`);
    this.show({ kind: 'error', error: failure });
    emit(this.host, 'dw-error', {
      reason: failure.reason,
      issues: failure.issues,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      ...(src === undefined ? {} : { src }),
    });
  }
}
