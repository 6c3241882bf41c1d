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

/** The parts of an article "Listen" reads, in reading order. */
const readParts = ':is(h1, h2, h3, h4, h5, h6), .dw-teaser, .dw-caption, .dw-body p, .dw-body li, .dw-attribution';

/**
 * What "Listen" reads of an article: headline, teaser, every caption, paragraph, subheading,
 * list item and quote with its attribution, each cut into its languages: a German phrase in
 * an English paragraph is a passage of its own, read with a German voice and highlighted alone.
 */
export function passagesOf(article: Element | null): Passage[] {
  const passages: Passage[] = [];
  for (const part of article?.querySelectorAll<HTMLElement>(readParts) ?? []) {
    if (part.parentElement?.closest(readParts)) continue;
    let current: Passage | undefined;
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const label = parent.closest('.dw-visually-hidden, [data-dw-label]');
      if (label && label !== part && part.contains(label)) continue;
      const owner = parent.closest<HTMLElement>('[lang]');
      const lang = owner?.getAttribute('lang') ?? 'en';
      const element = owner && part.contains(owner) ? owner : part;
      if (current?.lang === lang && current.element === element) current.text += node.textContent;
      else passages.push((current = { text: node.textContent ?? '', lang, element }));
    }
  }
  return passages
    .map((passage) => ({ ...passage, text: passage.text.replace(/\s+/g, ' ').trim() }))
    .filter((passage) => passage.text);
}
