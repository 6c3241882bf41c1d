// What the element needs to know about reading aloud before the read-aloud control (loaded on
// first use, dw-read-aloud.ts) is there.

/** A passage to read: its text, its language, and the element that shows it (highlighted while read). */
export interface Passage {
  text: string;
  lang: string;
  element: HTMLElement;
}

/** The browser's speech synthesis, if it has one. */
export function synthesis(): SpeechSynthesis | undefined {
  return (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
}

/** Whether this browser can read aloud at all; without it the control is not shown. */
export function canReadAloud(): boolean {
  return !!synthesis() && typeof globalThis.SpeechSynthesisUtterance === 'function';
}

/** What "Listen" reads of an article: headline, teaser, caption and each paragraph, each in its language. */
export function passagesOf(article: Element | null): Passage[] {
  const parts = article?.querySelectorAll<HTMLElement>(
    ':is(h1, h2, h3, h4, h5, h6), .dw-teaser, .dw-caption, .dw-body p',
  );
  return [...(parts ?? [])]
    .map((element) => ({
      text: element.textContent!.replace(/\s+/g, ' ').trim(),
      lang: element.closest('[lang]')?.getAttribute('lang') ?? 'en',
      element,
    }))
    .filter((passage) => passage.text);
}
