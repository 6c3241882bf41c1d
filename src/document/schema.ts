import * as v from 'valibot';
import type { ArticleErrorReason } from '../events.js';

/**
 * Normalises a BCP 47 language tag (`de_DE` becomes `de-DE`), or returns
 * `undefined` when it is not one.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether the tag's language is one the platform knows (well-formed is not enough: `xyz`). */
function isKnownLanguage(tag: string): boolean {
  try {
    return languageNames.of(new Intl.Locale(tag).language) !== undefined;
  } catch {
    return false;
  }
}

const LanguageTag = v.pipe(
  v.string(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const tag = canonicalLanguageTag(dataset.value);
    if (tag && isKnownLanguage(tag)) return tag;
    addIssue({
      message: tag
        ? `expected a known language, got ${JSON.stringify(dataset.value)}`
        : `expected a BCP 47 language tag, got ${JSON.stringify(dataset.value)}`,
    });
    return NEVER;
  }),
);

const NonEmptyText = v.pipe(v.string(), v.trim(), v.nonEmpty('expected text, got an empty string'));

/** A piece of article text and the language it is written in. */
const TextPart = v.object({ text: NonEmptyText, lang: LanguageTag });

const WebUrl = v.pipe(
  v.string(),
  v.check(
    (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
    (issue) => `expected an absolute http(s) URL, got ${issue.received}`,
  ),
);

const probe = 'https://same-origin.invalid';

/**
 * Absolute http(s), or relative and same-origin: never `javascript:`, `data:`, nor a
 * protocol-relative `//elsewhere` (nor its backslash spellings).
 */
function isImageUrl(value: string): boolean {
  if (value.trim() === '' || !URL.canParse(value, `${probe}/`)) return false;
  const url = new URL(value, `${probe}/`);
  return url.origin === probe || (/^https?:\/\//i.test(value.trim()) && /^https?:$/.test(url.protocol));
}

const ImageUrl = v.pipe(
  v.string(),
  v.check(isImageUrl, (issue) => `expected an http(s) or same-origin relative URL, got ${issue.received}`),
);

const Dimension = v.pipe(v.number(), v.integer(), v.minValue(1));

const Published = v.union(
  [v.pipe(v.string(), v.isoDate()), v.pipe(v.string(), v.isoTimestamp())],
  (issue) => `expected an ISO 8601 date (2014-12-03) or timestamp, got ${issue.received}`,
);

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const TimeZone = v.pipe(
  v.string(),
  v.check(isTimeZone, (issue) => `expected an IANA time zone such as "Europe/Berlin", got ${issue.received}`),
);

export const ArticleSchema = v.object({
  /** Language of the article as a whole; goes on the `<article>` element. */
  lang: LanguageTag,
  headline: TextPart,
  /** ISO 8601 date or timestamp. */
  published: Published,
  /** Where the article was published, for showing a timestamp; the publisher's (Berlin) if absent. */
  timeZone: v.optional(TimeZone),
  teaser: v.optional(TextPart),
  shortUrl: v.optional(WebUrl),
  image: v.optional(
    v.object({
      src: ImageUrl,
      width: Dimension,
      height: Dimension,
      alt: TextPart,
      caption: v.optional(TextPart),
      /** A proper noun (agency/photographer): not tagged with a language. */
      credit: v.optional(NonEmptyText),
    }),
  ),
  body: v.pipe(v.array(TextPart), v.minLength(1, 'expected at least one paragraph')),
  /** Author initials and agencies, such as "jr/ksb (dpa, AP)": proper nouns, not tagged. */
  credits: v.optional(NonEmptyText),
});

/** The article document as written (JSON): every text part carries its language. */
export type ArticleInput = v.InferInput<typeof ArticleSchema>;
/** A validated article document, with language tags normalised. */
export type ArticleDocument = v.InferOutput<typeof ArticleSchema>;
export type TextPart = ArticleDocument['headline'];

export type { ArticleErrorReason };

/** An article that cannot be shown; `issues` says why, one line each (for documents, per field). */
export class ArticleError extends Error {
  constructor(
    readonly reason: ArticleErrorReason,
    readonly issues: readonly string[],
    /** The HTTP status, for `reason: 'http'`. */
    readonly status?: number,
  ) {
    super(`Article not shown (${reason}):\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ArticleError';
  }
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? '(document)';
  // Our own messages already say what was expected; valibot's defaults get the same shape.
  const what =
    issue.received === 'undefined'
      ? 'required, but missing'
      : issue.message.startsWith('expected') || !issue.expected || !issue.received
        ? issue.message
        : `expected ${issue.expected}, got ${issue.received}`;
  return `${path}: ${what}`;
}

/** Validates `input` as an article document; throws an {@link ArticleError} listing every problem. */
export function parseArticle(input: unknown): ArticleDocument {
  const result = v.safeParse(ArticleSchema, input);
  if (result.success) return result.output;
  throw new ArticleError('invalid', result.issues.map(describe));
}
