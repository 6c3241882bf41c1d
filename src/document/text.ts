import type { Inline } from './body-schema.js';
import type { ArticleDocument, BodyBlock, TextPart } from './schema.js';

/** A paragraph of today's shape: `{ text, lang }`. */
export function isTextPart(block: BodyBlock | TextPart): block is TextPart {
  return !('type' in block);
}

/** A run of text and the language it is in. */
export interface Run {
  text: string;
  lang: string;
}

/** Every run of text under `runs`, each with the language it resolves to. */
export function* inlineRuns(runs: readonly Inline[], lang: string): Generator<Run> {
  for (const run of runs) {
    if (typeof run === 'string') yield { text: run, lang };
    else if (run.type === 'br') yield { text: '\n', lang };
    else yield* inlineRuns(run.children, run.lang ?? lang);
  }
}

/** The plain text of some runs. */
export function inlineText(runs: readonly Inline[]): string {
  let text = '';
  for (const run of inlineRuns(runs, '')) text += run.text;
  return text;
}

/** Every run of text of one body block, in reading order, each in its language. */
function* blockRuns(block: BodyBlock, articleLang: string): Generator<Run> {
  if (isTextPart(block)) {
    yield block;
    return;
  }
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      yield* inlineRuns(block.children, block.lang ?? articleLang);
      return;
    case 'figure':
      if (block.image.caption) yield block.image.caption;
      return;
    case 'quote':
      for (const paragraph of block.paragraphs) yield* blockRuns(paragraph, block.lang ?? articleLang);
      if (block.attribution) yield* inlineRuns(block.attribution, block.lang ?? articleLang);
      return;
    case 'list':
      for (const item of block.items) yield* inlineRuns(item.children, item.lang ?? block.lang ?? articleLang);
      return;
    case 'related':
      for (const link of block.links) yield link;
  }
}

/** The plain text of one body block (list items and quoted paragraphs on lines of their own). */
export function blockText(block: BodyBlock, articleLang: string): string {
  if (isTextPart(block)) return block.text;
  if (block.type === 'quote' || block.type === 'list' || block.type === 'related') {
    const parts =
      block.type === 'quote'
        ? [
            ...block.paragraphs.map((p) => blockText(p, articleLang)),
            ...(block.attribution ? [`— ${inlineText(block.attribution)}`] : []),
          ]
        : block.type === 'list'
          ? block.items.map((item) => inlineText(item.children))
          : block.links.map((link) => link.text);
    return parts.join('\n');
  }
  return [...blockRuns(block, articleLang)].map((run) => run.text).join('');
}

/** Every run of the article a reader reads: headline, teaser, lead caption, the body. */
export function* articleRuns(doc: ArticleDocument): Generator<Run> {
  yield doc.headline;
  if (doc.teaser) yield doc.teaser;
  if (doc.image?.caption) yield doc.image.caption;
  for (const block of doc.body) yield* blockRuns(block, doc.lang);
}
