// Taking over server markup the way React does it (`dw-article/react`), with Lit loaded *before*
// its hydration support, as Next.js's bundler orders them: the element must still hydrate, and
// wait (`defer-hydration`) until React has set its properties and listeners.
import { LitElement } from 'lit';
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/document/schema.js';
import { richArticle } from '../fixtures/articles.js';
import { describeElement } from '../support/helpers.js';
import { errorsDuring, followSkipToContent, serverRendered } from '../support/server-rendered.js';

describe('server markup taken over as React does it, with Lit loaded before its hydration support', () => {
  before(async () => {
    expect(Object.hasOwn(LitElement, 'observedAttributes'), 'Lit is not patched yet').to.equal(false);
    await import('../../src/hydrate.js');
  });

  it('waits while deferred; with .article set and then the attribute removed: one article, one dw-load, skip links on the server headline', async () => {
    const { host, el } = await serverRendered('de', 'rich-test-fixture');
    el.setAttribute('defer-hydration', '');
    const nav = el.shadowRoot!.querySelector('nav.skip-links');
    // A server that has rendered many pages numbers its headlines high; the browser's count starts at 1.
    const serverHeadingId = 'dw-article-97-headline';
    el.querySelector('h1')!.id = serverHeadingId;
    el.shadowRoot!.querySelector('nav.skip-links a')!.setAttribute('href', `#${serverHeadingId}`);
    const loads: string[] = [];
    el.addEventListener('dw-load', (event) => loads.push(event.detail.source));
    const errors = await errorsDuring(async () => {
      document.body.append(host);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Deferred: not taken over, nothing changed, nothing fired.
      expect([el.hasUpdated, el.querySelectorAll('[data-dw-server]').length > 0, loads]).to.deep.equal([
        false,
        true,
        [],
      ]);
      // What React's layout effect does, in this order.
      el.article = richArticle;
      el.removeAttribute('defer-hydration');
      await el.updateComplete;
    });
    try {
      expect(errors).to.deep.equal([]);
      expect({
        articles: el.querySelectorAll('article').length,
        headlines: el.querySelectorAll('h1').length,
        standIns: el.querySelectorAll('[data-dw-server]').length,
        sameNav: el.shadowRoot!.querySelector('nav.skip-links') === nav,
        loads,
      }).to.deep.equal({ articles: 1, headlines: 1, standIns: 0, sameNav: true, loads: ['property'] });
      expect(el.article).to.deep.equal(parseArticle(richArticle));
      const headline = el.querySelector('h1')!;
      expect(headline.id).to.equal(serverHeadingId);
      expect(el.shadowRoot!.querySelector('nav.skip-links a')!.getAttribute('href')).to.equal(`#${serverHeadingId}`);
      expect(await followSkipToContent(el)).to.equal(describeElement(headline));
    } finally {
      host.remove();
    }
  });

  it('the same document set again (React sets every property on every render) neither renders nor fires again', async () => {
    const { host, el } = await serverRendered('en');
    document.body.append(host);
    try {
      const doc = parseArticle(richArticle);
      el.article = doc;
      await el.updateComplete;
      const article = el.querySelector('article');
      let loads = 0;
      el.addEventListener('dw-load', () => loads++);
      el.article = doc;
      await el.updateComplete;
      expect([loads, el.querySelector('article') === article]).to.deep.equal([0, true]);
      el.article = { ...doc };
      await el.updateComplete;
      expect(loads, 'a new document is shown').to.equal(1);
    } finally {
      host.remove();
    }
  });
});
