// The interface locales as the repository's files name them (`locales/<tag>.json`), for tests in
// every runner (node's, Playwright's): which there are, their strings, and the chunk a bundler
// emits for each.
import { readdirSync, readFileSync } from 'node:fs';

const folder = new URL('../../locales/', import.meta.url);

/** Every locale's tag, English's included: `am`, `ar`, ..., `zh-Hant`. */
export const localeTags = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

/** A locale's strings, as its file has them. */
export const localeStrings = (tag) => JSON.parse(readFileSync(new URL(`${tag}.json`, folder), 'utf8'));

/**
 * The file a bundler (Vite, Rollup) emits for a locale: its file's name and an 8-character hash,
 * so `zh-` does not take `zh-Hant-`'s chunk for its own. Matches a file name or the end of a path.
 */
export const chunkOf = (tag) => new RegExp(`(^|/)${tag}-[\\w-]{8}\\.js$`);
