import * as v from 'valibot';
import type { ArticleErrorReason } from '../events.js';
import { Block } from './body-schema.js';
import { Image, LanguageTag, NonEmptyText, TextPart as TextPartSchema, WebUrl } from './fields.js';
import { limitProblem } from './limits.js';

export type { Inline } from './body-schema.js';

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
  headline: TextPartSchema,
  /** ISO 8601 date or timestamp. */
  published: Published,
  /** Where the article was published, for showing a timestamp; the publisher's (Berlin) if absent. */
  timeZone: v.optional(TimeZone),
  teaser: v.optional(TextPartSchema),
  shortUrl: v.optional(WebUrl),
  /** The lead image, shown before the body. */
  image: v.optional(Image),
  /** Paragraphs of today's shape (`{ text, lang }`) and rich blocks (see body-schema.ts). */
  body: v.pipe(v.array(Block), v.minLength(1, 'expected at least one paragraph')),
  /** The same article in other languages. */
  alternates: v.optional(v.array(v.strictObject({ lang: LanguageTag, href: WebUrl, title: NonEmptyText }))),
  /** Author initials and agencies, such as "jr/ksb (dpa, AP)": proper nouns, not tagged. */
  credits: v.optional(NonEmptyText),
});

/** The article document as written (JSON): every text part carries its language. */
export type ArticleInput = v.InferInput<typeof ArticleSchema>;
/** A validated article document, with language tags normalised. */
export type ArticleDocument = v.InferOutput<typeof ArticleSchema>;
export type TextPart = ArticleDocument['headline'];
export type BodyBlock = ArticleDocument['body'][number];
export type ArticleImage = NonNullable<ArticleDocument['image']>;

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

/** `body[4].children[2].href`: the path of the field an issue is about. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path || '(document)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue);
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
  const tooLarge = limitProblem(input);
  if (tooLarge) throw new ArticleError('invalid', [tooLarge]);
  const result = v.safeParse(ArticleSchema, input);
  if (result.success) return result.output;
  throw new ArticleError('invalid', result.issues.map(describe));
}
