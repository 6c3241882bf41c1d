import type { ArticleDocument } from './schema.js';
import { articleRuns } from './text.js';

/**
 * Silent reading speed in words per minute, by language: the IReST study's means for adults
 * reading their own language (Trauzettel-Klosinski & Dietz, 2012). Persian, Urdu and Pashto
 * have no IReST text; they share Arabic's script and take its figure. Other languages take 200.
 */
const wordsPerMinute: Record<string, number> = {
  ar: 138,
  fa: 138,
  ur: 138,
  ps: 138,
  de: 179,
  en: 228,
  es: 218,
  fr: 195,
  it: 188,
  nl: 202,
  pl: 166,
  pt: 181,
  ru: 184,
  sv: 199,
  fi: 161,
  sl: 180,
  tr: 166,
  he: 187,
  zh: 158,
  ja: 193,
};

/**
 * Chinese and Japanese are read in characters (IReST: 255 and 357 a minute): word segmentation
 * of unspaced text differs between browsers, a character count does not.
 */
const charactersPerMinute: Record<string, number> = { zh: 255, ja: 357 };

function characterCount(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

const segmenters = new Map<string, Intl.Segmenter>();

function wordCount(text: string, lang: string): number {
  let count = 0;
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike) count++;
  }
  return count;
}

/**
 * Minutes to read the article (headline, teaser, captions and every run of the body), each
 * run at the speed of its own language; at least 1.
 */
export function readingMinutes(doc: ArticleDocument): number {
  let minutes = counted.get(doc);
  if (minutes === undefined) counted.set(doc, (minutes = count(doc)));
  return minutes;
}

/** Counted once per document: the word segmenter is not cheap, and every render asks. */
const counted = new WeakMap<ArticleDocument, number>();

function count(doc: ArticleDocument): number {
  let minutes = 0;
  for (const run of articleRuns(doc)) {
    const language = new Intl.Locale(run.lang).language;
    const perMinute = charactersPerMinute[language];
    minutes += perMinute
      ? characterCount(run.text) / perMinute
      : wordCount(run.text, run.lang) / (wordsPerMinute[language] ?? 200);
  }
  return Math.max(1, Math.round(minutes));
}
