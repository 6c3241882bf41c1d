import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { minimalArticleUrl, richArticleUrl, seedArticle } from '../../fixtures/articles.js';
import { axeViolations, itInChromium, languagesOfText, quietly } from '../../support/helpers.js';

const seedUrl = '/src/document/seed-article.json';

function alertText(el: Element): string | undefined {
  return el.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
}

/** A fresh element with `src` set, connected, before its first render. */
async function withSrc(src: string): Promise<DwArticle> {
  const el = document.createElement('dw-article');
  el.src = src;
  const page = await fixture<HTMLElement>(html`<main></main>`);
  page.append(el);
  return el;
}

/**
 * What a screen reader is given: Chromium's accessibility tree of the page (which holds only
 * the element), without the browser's node ids and the per-instance heading id.
 */
async function spoken(el: DwArticle): Promise<unknown> {
  await el.updateComplete;
  const tree = await a11ySnapshot({});
  return JSON.parse(
    JSON.stringify(tree, (key, value) => (key === 'backendNodeId' || key === 'loaderId' ? undefined : value)).replace(
      /dw-article-\d+-headline/g,
      'headline',
    ),
  );
}

describe('<dw-article> article sources', () => {
  describe('accessibility', () => {
    it('has no axe violations while loading, after loading and in the error state', async () => {
      const el = await withSrc(`${seedUrl}?delay=1000`);
      const loaded = oneEvent(el, 'dw-load');
      const page = el.parentElement!;
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(await axeViolations(page)).to.deep.equal([]);
      await loaded;
      await el.updateComplete;
      expect(await axeViolations(page)).to.deep.equal([]);
      await quietly(async () => {
        el.src = '/__test__/status?code=500';
        await oneEvent(el, 'dw-error');
      });
      await el.updateComplete;
      expect(await axeViolations(page)).to.deep.equal([]);
    });
  });

  describe('src', () => {
    it('says it is loading (aria-busy, one status message), then shows the article and fires dw-load', async () => {
      const el = await withSrc(`${seedUrl}?delay=1000`);
      const loaded = oneEvent(el, 'dw-load');
      await el.updateComplete;
      const status = el.querySelector('.dw-status[aria-live="polite"]')!;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(status.textContent).to.equal('Loading the article…');
      expect(el.querySelector('article')).to.equal(null);
      const { detail } = await loaded;
      expect(detail).to.deep.equal({ source: 'src', src: `${seedUrl}?delay=1000` });
      await el.updateComplete;
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(el.querySelector('.dw-status') === status, 'the same status element').to.equal(true);
      expect(status.textContent).to.equal('');
      expect(el.querySelector('article h1')!.textContent).to.equal(seedArticle.headline.text);
      expect(el.querySelector('img')!.src).to.equal(new URL('/src/assets/placeholder.svg', location.href).href);
      expect(el.article).to.deep.equal(seedArticle);
    });

    for (const [name, src, reason, says] of [
      ['a network error', 'http://127.0.0.1:1/article.json', 'network', 'the network request failed'],
      ['HTTP 404', '/__test__/status?code=404', 'http', 'the server answered with status 404'],
      ['HTTP 500', '/__test__/status?code=500', 'http', 'the server answered with status 500'],
      ['a file that is not JSON', '/README.md', 'json', 'is not a JSON document'],
      ['an invalid document', '/package.json', 'invalid', 'headline: required, but missing'],
    ] as const) {
      it(`shows a localized, accessible error for ${name} and fires dw-error`, async () => {
        await quietly(async () => {
          const el = await withSrc(src);
          const { detail } = await oneEvent(el, 'dw-error');
          expect(detail.reason).to.equal(reason);
          expect(detail.src).to.equal(src);
          if (reason === 'http') expect(detail.status).to.equal(Number(says.slice(-3)));
          await el.updateComplete;
          expect(alertText(el)).to.contain('The article could not be shown').and.contain(says);
          expect(el.hasAttribute('aria-busy')).to.equal(false);
          el.locale = 'de';
          await el.updateComplete;
          expect(alertText(el)).to.contain('Der Artikel kann nicht angezeigt werden');
          expect(el.querySelector('[role="alert"]')!.getAttribute('lang')).to.equal('de');
        });
      });
    }

    it('aborts a fetch when src changes: the last src wins and nothing stale is shown', async () => {
      const el = await withSrc(`${seedUrl}?delay=600`);
      await el.updateComplete;
      const loaded = oneEvent(el, 'dw-load');
      el.src = minimalArticleUrl;
      const { detail } = await loaded;
      expect(detail.src).to.equal(minimalArticleUrl);
      await new Promise((resolve) => setTimeout(resolve, 800));
      await el.updateComplete;
      expect(el.querySelector('article h1')!.textContent).to.equal('A minimal article');
    });

    it('resolves every image of a fetched document against its own URL, body figures too', async () => {
      const el = await withSrc(richArticleUrl);
      await oneEvent(el, 'dw-load');
      await el.updateComplete;
      const expected = new URL('test-fixture.svg', new URL(richArticleUrl, location.href)).href;
      expect([...el.querySelectorAll('.dw-figure img')].map((img) => (img as HTMLImageElement).src)).to.deep.equal([
        expected,
        expected,
      ]);
    });

    it('ignores an older src that fails after a newer one was set: no stale dw-error', async () => {
      const events: string[] = [];
      await quietly(async () => {
        const el = await withSrc('/__test__/status?code=500&delay=400');
        for (const type of ['dw-load', 'dw-error'] as const) el.addEventListener(type, () => events.push(type));
        await el.updateComplete;
        el.src = minimalArticleUrl;
        await oneEvent(el, 'dw-load');
        await new Promise((resolve) => setTimeout(resolve, 700));
        await el.updateComplete;
        expect(el.querySelector('article h1')?.textContent).to.equal('A minimal article');
      });
      expect(events).to.deep.equal(['dw-load']);
    });

    it('shows a document set while the fetched one is being read, not the fetched one', async () => {
      const realFetch = window.fetch;
      let el!: DwArticle;
      // The response's body is read; in that very moment, before the fetched document is
      // validated, the page sets another one (as page code reacting to the same tick might).
      window.fetch = async (input, init) => {
        const response = await realFetch(input, init);
        const stand: Pick<Response, 'ok' | 'status' | 'json'> = {
          ok: response.ok,
          status: response.status,
          json: () => {
            const body = response.json();
            void body.then(() => (el.article = { ...seedArticle, headline: { text: 'Set meanwhile', lang: 'en' } }));
            return body;
          },
        };
        return stand as Response;
      };
      const events: string[] = [];
      try {
        el = await withSrc(minimalArticleUrl);
        el.addEventListener('dw-load', (event) => events.push(`dw-load ${event.detail.source}`));
        el.addEventListener('dw-error', () => events.push('dw-error'));
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        await el.updateComplete;
      } finally {
        window.fetch = realFetch;
      }
      expect(el.querySelector('article h1')?.textContent).to.equal('Set meanwhile');
      expect(events).to.deep.equal(['dw-load property']);
    });

    it('aborts its fetch when disconnected (no event, nothing rendered) and loads it when connected again', async () => {
      const signals: AbortSignal[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return realFetch(input, init);
      };
      const events: string[] = [];
      try {
        const src = `${seedUrl}?delay=500`;
        const el = await withSrc(src);
        for (const type of ['dw-load', 'dw-error'] as const) el.addEventListener(type, () => events.push(type));
        await el.updateComplete;
        expect(signals.map((signal) => signal.aborted)).to.deep.equal([false]);
        const page = el.parentElement!;
        el.remove();
        expect(
          signals.map((signal) => signal.aborted),
          'the request is cancelled',
        ).to.deep.equal([true]);
        await new Promise((resolve) => setTimeout(resolve, 800));
        expect(events, 'while disconnected').to.deep.equal([]);
        expect(el.querySelector('article') === null, 'nothing rendered').to.equal(true);
        expect(el.getAttribute('aria-busy')).to.equal('true');
        // Bounded: a src that is never fetched again fails here, by name, not by the runner's limit.
        const loaded = new Promise<unknown>((resolve) => {
          el.addEventListener('dw-load', (event) => resolve(event.detail), { once: true });
          setTimeout(() => resolve('no dw-load within 3 s'), 3000);
        });
        page.append(el);
        expect(await loaded).to.deep.equal({ source: 'src', src });
        await el.updateComplete;
        expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
        expect(events).to.deep.equal(['dw-load']);
        expect(el.querySelector('article h1')?.textContent).to.equal(seedArticle.headline.text);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('lets a property set after src win over the fetch', async () => {
      const el = await withSrc(`${seedUrl}?delay=300`);
      await el.updateComplete;
      el.article = { ...seedArticle, headline: { text: 'Set as a property', lang: 'en' } };
      await new Promise((resolve) => setTimeout(resolve, 500));
      await el.updateComplete;
      expect(el.querySelector('article h1')!.textContent).to.equal('Set as a property');
    });
  });

  describe('article property', () => {
    it('returns the document shown: the default, a set one, and one read back from server markup', async () => {
      const el = await fixture<DwArticle>(html`<dw-article></dw-article>`);
      expect(el.article).to.equal(seedArticle);
      const minimal = {
        lang: 'en',
        headline: { text: 'Set', lang: 'en' },
        published: '2020-01-01',
        body: [{ text: 'Body.', lang: 'en' }],
      };
      el.article = minimal;
      expect(el.article).to.deep.equal(minimal);
    });
  });

  describe('server-rendered markup', () => {
    /** The light DOM the element renders for the seed: what a server would send. */
    async function serverMarkup(): Promise<string> {
      const rendered = await fixture<DwArticle>(html`<dw-article></dw-article>`);
      await rendered.updateComplete;
      const markup = rendered.querySelector('article')!.outerHTML;
      rendered.remove();
      return markup;
    }

    it('is used as it is, never fetched or rendered over, and its labels follow the locale', async () => {
      const markup = await serverMarkup();
      const host = document.createElement('div');
      host.innerHTML = `<dw-article src="/__test__/status?code=404">${markup}</dw-article>`; // test-authored markup
      const el = host.firstElementChild as DwArticle;
      const paragraph = el.querySelector('.dw-body p')!;
      const load = oneEvent(el, 'dw-load');
      document.body.append(host);
      expect((await load).detail).to.deep.equal({ source: 'markup' });
      expect(el.querySelector('.dw-body p')).to.equal(paragraph);
      expect(el.article).to.deep.equal(seedArticle);
      el.locale = 'de';
      await el.updateComplete;
      expect(el.querySelector('.dw-body p')).to.equal(paragraph);
      expect(el.querySelector('.dw-credit')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Bild: REUTERS/E. Vidal',
      );
      expect(el.querySelector('time')!.textContent).to.equal('3. Dezember 2014');
      host.remove();
    });

    itInChromium('gives a screen reader the same as src and the property: one tree, the same languages', async () => {
      const markup = await serverMarkup();
      const results: { tree: unknown; languages: unknown }[] = [];
      const ways: [string, () => Promise<DwArticle>][] = [
        [
          'property',
          async () => {
            const el = await fixture<DwArticle>(html`<main><dw-article></dw-article></main>`).then(
              (m) => m.firstElementChild as DwArticle,
            );
            el.article = JSON.parse(JSON.stringify(seedArticle));
            return el;
          },
        ],
        [
          'src',
          async () => {
            const el = await withSrc(seedUrl);
            await oneEvent(el, 'dw-load');
            return el;
          },
        ],
        [
          'markup',
          async () => {
            const main = await fixture<HTMLElement>(html`<main></main>`);
            main.innerHTML = `<dw-article>${markup}</dw-article>`; // test-authored markup
            return main.firstElementChild as DwArticle;
          },
        ],
      ];
      for (const [, make] of ways) {
        const el = await make();
        results.push({ tree: await spoken(el), languages: languagesOfText(el) });
        el.parentElement!.remove();
      }
      expect(results[0].tree).to.be.an('object');
      expect(JSON.stringify(results[0].tree)).to.contain('IS push could take years: Kerry');
      expect(results[1]).to.deep.equal(results[0]);
      expect(results[2]).to.deep.equal(results[0]);
    });
  });
});
