import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articleInMain, withFeaturesLoaded } from '../../support/pages.js';
import { axeViolations, describeElement, focused } from '../../support/helpers.js';

/** Replaces the clipboard for one test: `refuse` makes it fail as a denied permission does. */
function fakeClipboard(refuse: boolean): { written: string[]; restore: () => void } {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  // Deleting the own property uncovers the browser's own clipboard again.
  return { written, restore: () => void delete (navigator as { clipboard?: unknown }).clipboard };
}

describe('<dw-article> copy link', () => {
  withFeaturesLoaded();

  describe('copy link', () => {
    it('copies the short link from the keyboard, and confirms it once to screen readers and visibly', async () => {
      const clipboard = fakeClipboard(false);
      try {
        const el = await articleInMain();
        const button = el.querySelector<HTMLButtonElement>('.dw-copy-link')!;
        expect(button.textContent!.trim()).to.equal('Copy link');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(clipboard.written).to.deep.equal(['https://p.dw.com/p/1Dycg']);
        expect(el.querySelector('.dw-status[aria-live="polite"]')!.textContent).to.equal('Link copied');
        const shown = el.querySelector('.dw-copy-confirmation')!;
        expect([shown.textContent, shown.getAttribute('aria-hidden')]).to.deep.equal(['Link copied', 'true']);
        expect(focused()).to.equal(describeElement(button));
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      } finally {
        clipboard.restore();
      }
    });

    it('selects the link text when the clipboard is refused, and says so in the interface locale', async () => {
      const clipboard = fakeClipboard(true);
      try {
        const el = await articleInMain('locale="de"');
        el.querySelector<HTMLButtonElement>('.dw-copy-link')!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(getSelection()!.toString()).to.equal('https://p.dw.com/p/1Dycg');
        expect(el.querySelector('.dw-copy-confirmation')!.textContent).to.match(/^Link markiert/);
        expect(el.querySelector('.dw-status[aria-live="polite"]')!.textContent).to.match(/^Link markiert/);
      } finally {
        clipboard.restore();
        getSelection()!.removeAllRanges();
      }
    });
  });
});
