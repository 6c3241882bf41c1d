import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { hostileCases, hostileJson, type HostileCase } from '../../fixtures/hostile.js';
import { untyped, frames, quietly } from '../../support/helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Every URL-carrying attribute in the element's light DOM is http(s) or same-origin. */
function unsafeUrls(el: Element): string[] {
  return [...el.querySelectorAll('[href], [src]')]
    .map((node) => node.getAttribute('href') ?? node.getAttribute('src')!)
    .filter((value) => {
      const url = new URL(value, location.href);
      return !(url.origin === location.origin || /^https?:$/.test(url.protocol));
    });
}

/** Elements or attributes that could run code, anywhere in the element (shadow roots too). */
function activeContent(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (
      /^(script|iframe|object|embed|style|svg|math|base|form|meta|link)$/.test(node.localName) &&
      root instanceof Element
    ) {
      found.push(node.localName);
    }
    for (const attribute of node.attributes)
      if (/^on/i.test(attribute.name)) found.push(`${node.localName}[${attribute.name}]`);
    if (node.shadowRoot) found.push(...activeContent(node.shadowRoot).filter((name) => !name.startsWith('style')));
  }
  return found;
}

async function check(hostile: HostileCase, show: (el: DwArticle) => Promise<void>) {
  window.__pwned = undefined;
  const outside: MutationRecord[] = [];
  const page = await fixture<HTMLElement>(html`<main><dw-article></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  const observer = new MutationObserver((records) => outside.push(...records.filter((r) => !page.contains(r.target))));
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  await quietly(() => show(el));
  await el.updateComplete;
  await frames();
  observer.disconnect();

  expect(window.__pwned, 'no script ran').to.equal(undefined);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
  expect(
    outside.map((r) => `${r.type} ${(r.target as Element).localName ?? r.target.nodeName}`),
    'nothing outside changed',
  ).to.deep.equal([]);
  expect(activeContent(el)).to.deep.equal([]);
  expect(unsafeUrls(el)).to.deep.equal([]);
  const headline = el.querySelector('article :is(h1, h2)');
  const alert = el.querySelector('.dw-error[role="alert"]');
  // Plain values only: a failing comparison of live elements can hang the runner.
  if (hostile.expect === 'article') {
    expect(alert?.textContent ?? 'no error', 'no error').to.equal('no error');
    expect(headline !== null, 'an article').to.equal(true);
    if (typeof hostile.doc === 'object') {
      const doc = hostile.doc as { headline: { text: string } };
      expect(headline!.textContent, 'the headline, as text').to.equal(doc.headline.text.trim());
    }
  } else {
    expect(headline?.textContent ?? 'no article', 'no article').to.equal('no article');
    expect(alert?.textContent, 'a clear error').to.contain('The article could not be shown');
  }
}

describe('<dw-article> with hostile documents', () => {
  it(`tries ${hostileCases.length + hostileJson.length} hostile documents`, () => {
    expect(hostileCases.length + hostileJson.length).to.be.at.least(50);
  });

  for (const hostile of hostileCases) {
    it(`${hostile.name}: ${hostile.expect === 'article' ? 'shown as text' : 'refused with an error'}`, async () => {
      await check(hostile, async (el) => {
        el.article = untyped(hostile.doc);
      });
    });
  }

  for (const hostile of hostileJson) {
    it(`${hostile.name}: ${hostile.expect === 'article' ? 'shown as text' : 'refused with an error'}`, async () => {
      const url = URL.createObjectURL(new Blob([hostile.doc as string], { type: 'application/json' }));
      try {
        await check(hostile, async (el) => {
          const settled = Promise.race([oneEvent(el, 'dw-load'), oneEvent(el, 'dw-error')]);
          el.src = url;
          await settled;
        });
      } finally {
        URL.revokeObjectURL(url);
      }
    });
  }
});
