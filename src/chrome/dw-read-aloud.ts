import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { controlStyles } from './controls.styles.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { synthesis, type Passage } from './speech.js';

export type { Passage };

type Playback = 'idle' | 'playing' | 'paused';

/** The best voice for a language: the same tag, else the same language; none is `undefined`. */
export function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const tag = lang.toLowerCase();
  const language = tag.split('-')[0];
  return (
    voices.find((voice) => voice.lang.toLowerCase().replace('_', '-') === tag) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language)
  );
}

/**
 * "Listen": reads the article passage by passage with the browser's speech synthesis, each
 * passage with a voice for its own language (the German caption with a German voice, the
 * English body with an English one). Play and pause are one toggle button whose pressed state
 * screen readers hear; stop, previous and next passage are buttons of their own. The passage
 * being read is highlighted for sighted readers only, so nothing is announced twice.
 *
 * @tagname dw-read-aloud
 * @summary Reads the article aloud, each passage in its own language's voice.
 */
export class DwReadAloud extends LitElement {
  static override styles = [
    controlStyles,
    css`
    :host {
      display: block;
    }
    [role='group'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    button[aria-pressed='true'] {
      color: var(--_dw-bg);
      background: var(--_dw-accent);
      border-color: var(--_dw-accent);
    }
    .notice {
      margin: 0.25rem 0 0;
      color: var(--_dw-muted);
    }
    .notice:empty {
      display: none;
    }
  `,
  ];

  /** The interface locale's strings. */
  @property({ attribute: false }) ui!: InterfaceLocale;
  /** Gives the passages to read, in order, when reading starts. */
  @property({ attribute: false }) passages: () => Passage[] = () => [];

  @state() private playback: Playback = 'idle';
  @state() private skipMissing = false;
  @state() private notices: string[] = [];

  private queue: Passage[] = [];
  private index = 0;
  private told = new Set<string>();
  /** Increases with every cancel, so an utterance that ends late cannot move the reading on. */
  private generation = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  protected override render() {
    const { ui } = this;
    const playing = this.playback === 'playing';
    return html`<div role="group" aria-label=${ui.label('readAloud.label').text} lang=${ui.locale}>
        <button type="button" aria-pressed=${playing ? 'true' : 'false'} @click=${this.toggle}>
          ${ui.label('readAloud.listen').text}
        </button>
        ${
          this.playback === 'idle'
            ? nothing
            : html`<button type="button" @click=${() => this.move(-1)}>${ui.label('readAloud.previous').text}</button>
              <button type="button" @click=${() => this.move(1)}>${ui.label('readAloud.next').text}</button>
              <button type="button" @click=${this.stop}>${ui.label('readAloud.stop').text}</button>
              <label
                ><input type="checkbox" .checked=${this.skipMissing} @change=${this.onSkipChange} />${ui.label('readAloud.skipMissing').text}</label
              >`
        }
      </div>
      <div class="notice" aria-live="polite" aria-atomic="true" lang=${ui.locale}>${this.notices.join(' ')}</div>`;
  }

  private toggle(): void {
    const speech = synthesis()!;
    if (this.playback === 'playing') {
      speech.pause();
      this.playback = 'paused';
    } else if (this.playback === 'paused') {
      speech.resume();
      this.playback = 'playing';
    } else {
      this.queue = this.passages();
      this.index = 0;
      this.playback = 'playing';
      this.speak();
    }
  }

  private move(step: number): void {
    if (this.playback === 'idle') return;
    this.index = Math.min(Math.max(this.index + step, 0), this.queue.length - 1);
    this.playback = 'playing';
    this.speak();
  }

  private stop(): void {
    this.generation++;
    if (this.playback !== 'idle') synthesis()?.cancel();
    this.highlight(undefined);
    this.playback = 'idle';
  }

  private onSkipChange(event: Event): void {
    this.skipMissing = (event.target as HTMLInputElement).checked;
  }

  /** Speaks the passage at `index` (skipping those without a voice, if the reader said so). */
  private speak(): void {
    const speech = synthesis()!;
    const generation = ++this.generation;
    speech.cancel();
    const voices = speech.getVoices();
    while (this.index < this.queue.length) {
      const passage = this.queue[this.index];
      const voice = voiceFor(passage.lang, voices);
      if (!voice) this.tellMissing(passage.lang);
      if (voice || !this.skipMissing) {
        const utterance = new SpeechSynthesisUtterance(passage.text);
        utterance.lang = passage.lang;
        if (voice) utterance.voice = voice;
        utterance.onend = () => {
          if (generation !== this.generation) return;
          this.index++;
          this.speak();
        };
        this.highlight(passage.element);
        speech.speak(utterance);
        return;
      }
      this.index++;
    }
    this.stop();
  }

  /** Says once per language, in the interface locale, that it has no voice here. */
  private tellMissing(lang: string): void {
    const language = new Intl.Locale(lang).language;
    if (this.told.has(language)) return;
    this.told.add(language);
    const name = new Intl.DisplayNames([this.ui.locale], { type: 'language' }).of(language) ?? language;
    const key = this.skipMissing ? 'readAloud.noVoiceSkip' : 'readAloud.noVoiceRead';
    this.notices = [...this.notices, this.ui.t(key, { language: name })];
  }

  private highlighted?: HTMLElement;

  /** The passage being read, highlighted for sighted readers (a class; nothing is announced). */
  private highlight(element: HTMLElement | undefined): void {
    this.highlighted?.classList.remove('dw-speaking');
    element?.classList.add('dw-speaking');
    this.highlighted = element;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dw-read-aloud': DwReadAloud;
  }
}
