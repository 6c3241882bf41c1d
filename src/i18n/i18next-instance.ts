/**
 * The private i18next instance, for every locale but English: loaded with the first of them in
 * the browser (`import()`), given at once on the server (which renders synchronously). The host
 * page's own i18next, if any, is never touched.
 */
import type { i18n as I18n } from 'i18next';
import { english } from './english.js';

type I18next = typeof import('i18next').default;

let instance: I18n | undefined;
let loading: Promise<I18n> | undefined;
const onCreate: ((i18n: I18n) => void)[] = [];

/** The instance, when it exists. */
export function currentI18n(): I18n | undefined {
  return instance;
}

/** Runs `ready` with the instance as soon as it exists (at once, if it does). */
export function whenI18n(ready: (i18n: I18n) => void): void {
  if (instance) ready(instance);
  else onCreate.push(ready);
}

/** The instance, loading i18next first when needed. */
export function loadI18n(): Promise<I18n> {
  if (instance) return Promise.resolve(instance);
  loading ??= import('i18next').then(({ default: i18next }) => provideI18next(i18next));
  return loading;
}

/** Creates the instance from an i18next the caller has already (the server imports it). */
export function provideI18next(i18next: I18next): I18n {
  if (instance) return instance;
  const created = i18next.createInstance();
  void created.init({
    resources: { en: { translation: english } },
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    returnNull: false,
    // Lit escapes every value it renders.
    interpolation: { escapeValue: false },
  });
  instance = created;
  for (const ready of onCreate.splice(0)) ready(created);
  return created;
}
