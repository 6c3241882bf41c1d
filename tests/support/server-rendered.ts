// The element as a server renders it, for the tests of taking it over in the browser.
import type { DwArticle } from '../../src/dw-article.js';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole, focused } from './helpers.js';

/** The element as the server renders it (declarative shadow DOM), parsed but not yet in the page. */
export async function serverRendered(locale: string, fixture = ''): Promise<{ host: HTMLElement; el: DwArticle }> {
  const markup = await (await fetch(`/__test__/server-render?locale=${locale}&fixture=${fixture}`)).text();
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  return { host, el: host.querySelector('dw-article')! };
}

/** Errors the page reports while `during` runs: thrown, rejected or logged. */
export async function errorsDuring(during: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    errors.push(...(await captureConsole('error', during)));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** "Skip to content" of a taken-over element, from the keyboard: what has focus after Enter. */
export async function followSkipToContent(el: DwArticle): Promise<string> {
  // (Not pages.js's skipLinks: it registers the element, which these tests must do themselves.)
  el.shadowRoot!.querySelector<HTMLAnchorElement>('nav.skip-links a')!.focus();
  await sendKeys({ press: 'Enter' });
  return focused();
}
