// Read aloud and the reader settings are loaded on first use: until then each is a plain button
// of the same size in its place, and pressing it loads the feature and does what it was pressed
// for, on the real control, which takes the focus.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { canReadAloud } from '../../../src/chrome/speech.js';
import { loadFeature } from '../../../src/chrome/lazy-features.js';
import { axeViolations, describeElement, focused } from '../../support/helpers.js';

const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));

async function article(): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  return el;
}

/** Where the stand-ins were, to compare with the real controls once loaded. */
const standInBoxes: Record<string, DOMRect> = {};
const boxOf = (el: DwArticle, selector: string) => el.querySelector(selector)!.getBoundingClientRect();

describe('features loaded on first use', () => {
  it('are not loaded with the element: stand-in buttons with the same names and size, and axe passes', async () => {
    const el = await article();
    expect(customElements.get('dw-reader-settings')).to.equal(undefined);
    expect(loaded('dw-reader-settings')).to.equal(false);
    const settings = el.querySelector<HTMLButtonElement>('dw-reader-settings [data-dw-feature]')!;
    expect(settings.textContent!.trim()).to.equal('Reader settings');
    expect(settings.getAttribute('aria-expanded')).to.equal('false');
    expect(settings.getBoundingClientRect().height).to.be.at.least(44);
    if (canReadAloud()) {
      expect(customElements.get('dw-read-aloud')).to.equal(undefined);
      expect(loaded('dw-read-aloud')).to.equal(false);
      const listen = el.querySelector<HTMLButtonElement>('dw-read-aloud [data-dw-feature]')!;
      expect(listen.textContent!.trim()).to.equal('Listen');
      expect(listen.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Read aloud');
    }
    standInBoxes.settings = boxOf(el, 'dw-reader-settings');
    if (canReadAloud()) standInBoxes.listen = boxOf(el, 'dw-read-aloud');
    standInBoxes.switcher = boxOf(el, 'dw-locale-switcher');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('pressing the settings stand-in with the keyboard loads them, opens them, and moves focus to the real button', async () => {
    const el = await article();
    const standIn = el.querySelector<HTMLButtonElement>('dw-reader-settings [data-dw-feature]')!;
    standIn.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => customElements.get('dw-reader-settings'), 'settings loaded', { timeout: 10000 });
    const control = el.querySelector('dw-reader-settings')!;
    const button = control.shadowRoot!.querySelector('button')!;
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'settings open');
    expect(loaded('dw-reader-settings')).to.equal(true);
    expect(focused()).to.equal(describeElement(button));
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('once loaded, the real controls take exactly the places of their stand-ins: nothing moves', async () => {
    await Promise.all([loadFeature('dw-reader-settings'), ...(canReadAloud() ? [loadFeature('dw-read-aloud')] : [])]);
    const el = await article();
    await el.querySelector<DwArticle>('dw-reader-settings')!.updateComplete;
    await el.querySelector<DwArticle>('dw-read-aloud')?.updateComplete;
    expect(el.querySelector('dw-reader-settings')!.shadowRoot, 'the real settings control').to.exist;
    const same = (a: DOMRect, b: DOMRect) =>
      [a.x, a.y, a.width, a.height].map(Math.round).join() === [b.x, b.y, b.width, b.height].map(Math.round).join();
    expect(same(boxOf(el, 'dw-reader-settings'), standInBoxes.settings), 'settings').to.equal(true);
    expect(same(boxOf(el, 'dw-locale-switcher'), standInBoxes.switcher), 'language').to.equal(true);
    if (canReadAloud()) {
      expect(same(boxOf(el, 'dw-read-aloud'), standInBoxes.listen), 'listen').to.equal(true);
    }
  });

  it('pressing "Listen" loads read aloud and starts reading', async function () {
    if (!canReadAloud()) this.skip();
    const el = await article();
    el.querySelector<HTMLButtonElement>('dw-read-aloud [data-dw-feature]')!.click();
    await waitUntil(() => customElements.get('dw-read-aloud'), 'read aloud loaded', { timeout: 10000 });
    const root = el.querySelector('dw-read-aloud')!.shadowRoot!;
    await waitUntil(() => root.querySelector('button[aria-pressed="true"]'), 'reading');
    expect(focused()).to.equal(describeElement(root.querySelector('button[aria-pressed]')));
    // Stop, so nothing goes on speaking after the test.
    [...root.querySelectorAll('button')].at(-1)!.click();
    await waitUntil(() => root.querySelector('button[aria-pressed="false"]'), 'stopped');
  });
});
