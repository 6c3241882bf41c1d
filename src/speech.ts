// What the element needs to know about reading aloud before the read-aloud control (loaded on
// first use, read-aloud.ts) is there.

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
