import { expect, fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { hostPage, skipLinks, headline, tab, focusPageStart } from '../../support/pages.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { deepActiveElement } from '../../../src/chrome/focus.js';
import { captureWarnings, describeElement, focused, frames } from '../../support/helpers.js';

describe('<dw-article> skip links', () => {
  describe('skip links', () => {
    it('are the first three tab stops, labelled in the interface locale', async () => {
      const { page, el } = await hostPage();
      await focusPageStart(page);
      const labels = [];
      for (let i = 0; i < 3; i++) {
        labels.push(deepActiveElement()!.textContent);
        await tab();
      }
      expect(labels).to.deep.equal(['Skip to content', 'Skip to main menu', 'Skip to more DW sites']);
      expect(deepActiveElement()!.textContent).to.equal('Germany');
      expect(skipLinks(el)).to.have.length(3);
    });

    it('are hidden until focused', async () => {
      const { page, el } = await hostPage();
      const [first] = skipLinks(el);
      expect(first.getBoundingClientRect().width).to.be.at.most(1);
      await focusPageStart(page);
      expect(first.getBoundingClientRect().width).to.be.greaterThan(50);
    });

    it('"Skip to content" moves focus to the headline with Enter; the next Tab continues from there', async () => {
      const { page, el } = await hostPage();
      await focusPageStart(page);
      await sendKeys({ press: 'Enter' });
      const heading = headline(el);
      expect(focused()).to.equal(describeElement(heading));
      expect(heading.getAttribute('tabindex')).to.equal('-1');
      await tab();
      expect(deepActiveElement()!.textContent).to.equal('https://p.dw.com/p/1Dycg');
      expect(heading.hasAttribute('tabindex')).to.equal(false);
    });

    it('"Skip to main menu" and "Skip to more DW sites" move focus to the host page targets', async () => {
      const { page } = await hostPage();
      await focusPageStart(page);
      await tab();
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal(describeElement(page.querySelector('#main-menu')));
      await tab();
      expect(deepActiveElement()!.textContent).to.equal('Germany');

      await focusPageStart(page);
      await tab(2);
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal(describeElement(page.querySelector('#more-sites')));
      await tab();
      expect(deepActiveElement()!.textContent).to.equal('DW Akademie');
    });

    it('work with the mouse too', async () => {
      const { page } = await hostPage();
      await focusPageStart(page);
      await tab();
      const link = deepActiveElement() as HTMLElement;
      const rect = link.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(rect.x + 10), Math.round(rect.y + 10)] });
      expect(focused()).to.equal(describeElement(page.querySelector('#main-menu')));
    });

    it('leave a target that has its own tabindex as it is', async () => {
      const { page } = await hostPage();
      const menu = page.querySelector<HTMLElement>('#main-menu')!;
      menu.tabIndex = 0;
      await focusPageStart(page);
      await tab();
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal(describeElement(menu));
      await tab();
      expect(menu.getAttribute('tabindex')).to.equal('0');
    });

    it('are not rendered when their target is missing, with one warning that says why', async () => {
      let el!: DwArticle;
      const warnings = await captureWarnings(async () => {
        ({ el } = await hostPage('menu-target="#nowhere"'));
        el.locale = 'de';
        await el.updateComplete;
      });
      expect(skipLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal([`#${headline(el).id}`]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('menu-target="#nowhere" matches no element');
      expect(warnings[0]).to.contain('no sites-target attribute');
    });

    it("go to each instance's own targets with two on a page, with no duplicate ids", async () => {
      const page = await fixture<HTMLElement>(
        `<div>
          <nav id="menu-a" aria-label="Menu A"><a href="#a">A</a></nav>
          <nav id="menu-b" aria-label="Menu B"><a href="#b">B</a></nav>
          <dw-article menu-target="#menu-a" sites-target="#menu-b"></dw-article>
          <dw-article menu-target="#menu-b" sites-target="#menu-a" heading-level="2"></dw-article>
        </div>`,
      );
      const [first, second] = page.querySelectorAll('dw-article');
      await Promise.all([first.updateComplete, second.updateComplete]);
      for (const [el, menu] of [
        [first, '#menu-a'],
        [second, '#menu-b'],
      ] as const) {
        skipLinks(el)[0].focus();
        await sendKeys({ press: 'Enter' });
        expect(focused()).to.equal(describeElement(headline(el)));
        skipLinks(el)[1].focus();
        await sendKeys({ press: 'Enter' });
        expect(focused()).to.equal(describeElement(page.querySelector(menu)));
      }
      const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.length).to.equal(new Set(ids).size);
      const names = [first, second].map((el) => el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'));
      expect(names).to.deep.equal(['Skip links, article 1', 'Skip links, article 2']);
      second.remove();
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Skip links');
    });

    it('scroll the target into view below a sticky header of the host page', async () => {
      const page = await fixture<HTMLElement>(
        `<div>
          <header style="position: sticky; top: 0; height: 120px; background: #002d5a; z-index: 1"></header>
          <div style="height: 1500px"></div>
          <dw-article menu-target="header" sites-target="header"></dw-article>
          <div style="height: 1500px"></div>
        </div>`,
      );
      const el = page.querySelector('dw-article')!;
      await el.updateComplete;
      window.scrollTo(0, 0);
      skipLinks(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await frames();
      const header = page.querySelector('header')!.getBoundingClientRect();
      const heading = headline(el).getBoundingClientRect();
      expect(focused()).to.equal(describeElement(headline(el)));
      expect(heading.top).to.be.at.least(header.bottom);
      expect(heading.bottom).to.be.at.most(window.innerHeight);
    });
  });
});
