import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articleInMain, settingsKey, withFeaturesLoaded } from '../../support/pages.js';
import { deepActiveElement } from '../../../src/chrome/focus.js';
import { axeViolations, describeElement, focused } from '../../support/helpers.js';

describe('<dw-reader-settings>', () => {
  withFeaturesLoaded();

  describe('reader settings', () => {
    it('opens from the keyboard, changes text size with arrow keys, keeps the choice and closes with Escape', async () => {
      const el = await articleInMain();
      const settings = el.querySelector('dw-reader-settings')!;
      const button = settings.shadowRoot!.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settings.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      const first = deepActiveElement() as HTMLInputElement;
      expect([first.name, first.checked]).to.deep.equal(['textSize', true]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.getAttribute('text-size')).to.equal('125');
      const paragraph = el.querySelector('.dw-body p')!;
      const base = parseFloat(getComputedStyle(el).fontSize);
      expect(parseFloat(getComputedStyle(el.querySelector('article')!).fontSize)).to.equal(base * 1.25);
      expect(parseFloat(getComputedStyle(paragraph).fontSize)).to.be.greaterThan(base * 1.25);
      expect(JSON.parse(localStorage.getItem(settingsKey)!)).to.deep.equal({
        textSize: 125,
        lineSpacing: 'normal',
        theme: 'system',
      });
      await sendKeys({ press: 'Escape' });
      await settings.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused()).to.equal(describeElement(button));
    });

    it("takes the host's defaults from attributes, and the reader's kept choice over them", async () => {
      const el = await articleInMain('text-size="150" line-spacing="loose" theme="sepia"');
      const style = getComputedStyle(el.querySelector('article')!);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(2.2, 0.001);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(244, 236, 216)');
      localStorage.setItem(settingsKey, JSON.stringify({ textSize: 200, lineSpacing: 'normal', theme: 'dark' }));
      const again = await articleInMain('text-size="150" line-spacing="loose" theme="sepia"');
      expect([
        again.getAttribute('text-size'),
        again.getAttribute('line-spacing'),
        again.getAttribute('theme'),
      ]).to.deep.equal(['200', 'normal', 'dark']);
    });

    it('works when storage is blocked, without an error', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      try {
        const el = await articleInMain();
        el.querySelector('dw-reader-settings')!.dispatchEvent(
          new CustomEvent('dw-settings-change', {
            detail: { settings: { textSize: 175, lineSpacing: 'relaxed', theme: 'light' } },
            bubbles: true,
          }),
        );
        await el.updateComplete;
        expect(el.getAttribute('text-size')).to.equal('175');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });
});
