import * as v from 'valibot';
import { Image, LanguageTag, NonEmptyText, TextPart, WebUrl } from './fields.js';

/**
 * The article body: a list of blocks, each of which may say its language (`lang`, else the
 * enclosing block's, else the article's), holding runs of text that may say theirs. A block of
 * today's shape, `{ text, lang }`, is a paragraph of plain text.
 */

/** A run of text: a string, or an element around runs of its own. */
export type Inline =
  | string
  | { type: 'em' | 'strong' | 'span' | 'q'; lang?: string; children: Inline[] }
  | { type: 'link'; href: string; hreflang?: string; lang?: string; children: Inline[] }
  | { type: 'abbr'; title: string; lang?: string; children: Inline[] }
  | { type: 'br' };

const lang = v.optional(LanguageTag);

const inlineElement = v.variant(
  'type',
  [
    v.strictObject({ type: v.picklist(['em', 'strong', 'q']), lang, children: v.lazy(() => Runs) }),
    v.strictObject({ type: v.literal('span'), lang: LanguageTag, children: v.lazy(() => Runs) }),
    v.pipe(
      v.strictObject({ type: v.literal('link'), href: WebUrl, hreflang: lang, lang, children: v.lazy(() => Runs) }),
      v.check((link) => !holdsLink(link.children), 'expected a link without another link inside it'),
    ),
    v.strictObject({ type: v.literal('abbr'), title: NonEmptyText, lang, children: v.lazy(() => Runs) }),
    v.strictObject({ type: v.literal('br') }),
  ],
  (issue) => `expected text or an inline element (em, strong, span, q, link, abbr, br), got ${issue.received}`,
);

// Routed by shape (a string, else an element by its `type`), so a problem deep inside is
// reported at its own path rather than as "not a run".
const InlineSchema: v.GenericSchema<Inline> = v.lazy((input) =>
  typeof input === 'string' ? v.string() : inlineElement,
) as v.GenericSchema<Inline>;

/** Whether some runs hold a link, at any depth (a link inside a link is not HTML). */
function holdsLink(runs: readonly Inline[]): boolean {
  return runs.some(
    (run) => typeof run !== 'string' && run.type !== 'br' && (run.type === 'link' || holdsLink(run.children)),
  );
}

/** Whether some runs hold any text at all (not only spaces, not only line breaks). */
function hasText(runs: readonly Inline[]): boolean {
  return runs.some((run) => (typeof run === 'string' ? run.trim() !== '' : run.type !== 'br' && hasText(run.children)));
}

const Runs: v.GenericSchema<Inline[]> = v.pipe(
  v.array(InlineSchema),
  v.minLength(1, 'expected at least one run of text'),
  v.check((runs: Inline[]) => hasText(runs), 'expected text, got none'),
);

const Paragraph = v.strictObject({ type: v.literal('paragraph'), lang, children: Runs });

const ListItem = v.strictObject({ lang, children: Runs });

/** A quoted paragraph: of today's shape, or with runs. */
const QuotedParagraph = v.lazy((input) =>
  typeof input === 'object' && input !== null && 'type' in input ? Paragraph : TextPart,
);

const RelatedLink = v.strictObject({ href: WebUrl, text: NonEmptyText, lang: LanguageTag, hreflang: lang });

const blockElement = v.variant(
  'type',
  [
    Paragraph,
    v.strictObject({
      type: v.literal('heading'),
      /** 2 to 4: below the headline (1); rendered relative to the headline's own level. */
      level: v.picklist([2, 3, 4], 'expected a heading level of 2, 3 or 4'),
      /** The fragment id; by default made from the heading's text. */
      id: v.optional(v.pipe(v.string(), v.regex(/^[\p{L}\p{N}_-]+$/u, 'expected letters, digits, - and _'))),
      lang,
      children: Runs,
    }),
    v.strictObject({ type: v.literal('figure'), image: Image }),
    v.strictObject({
      type: v.literal('quote'),
      lang,
      paragraphs: v.pipe(v.array(QuotedParagraph), v.minLength(1, 'expected at least one paragraph')),
      /** Who said it: a name, in its own language. */
      attribution: v.optional(Runs),
    }),
    v.strictObject({
      type: v.literal('list'),
      ordered: v.optional(v.boolean()),
      lang,
      items: v.pipe(v.array(ListItem), v.minLength(1, 'expected at least one item')),
    }),
    v.strictObject({
      type: v.literal('related'),
      links: v.pipe(v.array(RelatedLink), v.minLength(1, 'expected at least one link')),
    }),
  ],
  (issue) =>
    `expected a paragraph { text, lang } or a block (paragraph, heading, figure, quote, list, related), got ${issue.received}`,
);

/** A block: one of today's shape (no `type`), else a rich block by its `type`. */
export const Block = v.lazy((input) =>
  typeof input === 'object' && input !== null && 'type' in input ? blockElement : TextPart,
);

export type BlockInput = v.InferInput<typeof Block>;
export type BlockOutput = v.InferOutput<typeof Block>;
