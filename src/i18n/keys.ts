import type en from '../../locales/en.json';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Every string's path in a nested strings object: `skipLinks.content`, `article.readingTime_one`. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

type EnglishPath = Paths<typeof en>;

/**
 * The key of an interface string, from the English strings, so an unknown key is a compile
 * error (`npm run lint`). Plural strings are asked for without their suffix, as i18next does.
 * (Typed here rather than through i18next's `CustomTypeOptions`: augmenting that in a published
 * package would retype the i18next of every app that installs it.)
 */
export type MessageKey = EnglishPath extends infer P ? (P extends `${infer Base}_${PluralSuffix}` ? Base : P) : never;

/** The key of a counted string: one that has plural forms. */
export type PluralKey = EnglishPath extends infer P ? (P extends `${infer Base}_other` ? Base : never) : never;
