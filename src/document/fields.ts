import * as v from 'valibot';

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

/**
 * Made on first use, not on load: creating it loads the engine's language names, the costliest
 * thing the element did at start-up (31 ms of a phone-speed start), for a page whose document
 * needs no checking.
 */
let languageNames: Intl.DisplayNames | undefined;
/** Languages already found known (every document asks again for the same few). */
const known = new Map<string, boolean>();

/** Whether the tag's language is one the platform knows (well-formed is not enough: `xyz`). */
function isKnownLanguage(tag: string): boolean {
  try {
    const { language } = new Intl.Locale(tag);
    let isKnown = known.get(language);
    if (isKnown === undefined) {
      languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
      known.set(language, (isKnown = languageNames.of(language) !== undefined));
    }
    return isKnown;
  } catch {
    return false;
  }
}

export const LanguageTag = v.pipe(
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

export const NonEmptyText = v.pipe(v.string(), v.trim(), v.nonEmpty('expected text, got an empty string'));

/** A piece of article text and the language it is written in. */
export const TextPart = v.object({ text: NonEmptyText, lang: LanguageTag });

export const WebUrl = v.pipe(
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

/** A picture: the lead image, and every figure in the body. */
export const Image = v.object({
  src: ImageUrl,
  width: Dimension,
  height: Dimension,
  alt: TextPart,
  caption: v.optional(TextPart),
  /** A proper noun (agency/photographer): not tagged with a language. */
  credit: v.optional(NonEmptyText),
});
