/**
 * English, the built-in locale, without i18next: a page that needs only English shows its
 * first paint with these strings and never loads i18next (about 16 KB). The `t` here does what
 * the interface asks of i18next's, and nothing more: nested keys, `{{name}}` values, plural
 * forms by `count` (`_one`, `_other`), and `returnDetails` (its language is always English).
 */
import type { TFunction } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };

export type Messages = typeof en;

/** Some of the interface strings: any subset of `Messages`, nested the same way. */
export type PartialMessages = { [K in keyof Messages]?: Partial<Messages[K]> extends infer P ? DeepPartial<P> : never };
type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

type Tree = { [key: string]: string | Tree };

/** The English strings shown: the built-in ones, with a page's overrides put over them. */
export const english: Messages = structuredClone(en);

/** Puts `strings` over `target`, key by key, at every depth. */
export function mergeStrings(target: Tree, strings: Tree): void {
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') target[key] = value;
    else mergeStrings((target[key] = typeof target[key] === 'object' ? target[key] : {}) as Tree, value);
  }
}

const plurals = new Intl.PluralRules('en');

function lookup(path: string): string | undefined {
  let node: string | Tree | undefined = english as unknown as Tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function translate(key: string, options: Record<string, unknown> = {}): unknown {
  const count = options.count;
  const found =
    (typeof count === 'number' ? (lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`)) : undefined) ??
    lookup(key) ??
    key;
  const res = found.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in options ? String(options[name]) : placeholder,
  );
  return options.returnDetails ? { res, usedLng: 'en' } : res;
}

/** The English `t`, available synchronously for the first render. */
export const englishT = translate as unknown as TFunction;
