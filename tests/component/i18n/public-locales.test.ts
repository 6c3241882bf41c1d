// The public locale API in the browser (`registerLocale`, `overrideStrings`, `supportedLocales`
// from `dw-article`): what a page that adds a language, or words the interface its own way, sees.
import { expect } from '@open-wc/testing';
import { matchInterfaceLocale, overrideStrings, registerLocale, supportedLocales } from '../../../src/index.js';
import { articleInMain } from '../../support/pages.js';
import { captureWarnings, quietly, resolvedLang } from '../../support/helpers.js';

const skipLink = (el: HTMLElement, n = 0) =>
  el.shadowRoot!.querySelectorAll('nav.skip-links a')[n] as HTMLAnchorElement;

/** Test fixture: a few Italian interface strings, as a page would bring its own. */
const italianFixture = { skipLinks: { content: 'Vai al contenuto' }, localeSwitcher: { label: 'Lingua' } };

describe('interface locales a page adds or words its own way', () => {
  it('a registered locale is offered, resolved from a regional tag, and shown; strings it lacks are English, marked English', async () => {
    registerLocale('it', italianFixture);
    expect(supportedLocales()).to.include('it');
    expect(matchInterfaceLocale('it-CH')).to.equal('it');
    const el = await articleInMain(`locale="it-CH" sites-target="#sites"`, undefined);
    document.body.insertAdjacentHTML('beforeend', '<nav id="sites" tabindex="-1">Sites</nav>');
    el.requestUpdate();
    await el.updateComplete;
    try {
      expect([skipLink(el).textContent!.trim(), resolvedLang(skipLink(el))]).to.deep.equal(['Vai al contenuto', 'it']);
      const sites = skipLink(el, 1);
      expect([sites.textContent!.trim(), resolvedLang(sites)]).to.deep.equal(['Skip to more DW sites', 'en']);
      const switcher = el.querySelector('dw-locale-switcher')!;
      const options = [...switcher.shadowRoot!.querySelectorAll('option')];
      expect(options.map((option) => option.value)).to.include('it');
      expect(options.find((option) => option.value === 'it')!.textContent!.trim()).to.equal('Italiano');
      expect(switcher.shadowRoot!.querySelector('select')!.value).to.equal('it');
    } finally {
      document.querySelector('#sites')!.remove();
    }
  });

  it('an override changes an element already showing that locale, at once, and one not loaded yet when it loads', async () => {
    const el = await articleInMain(`locale="en"`);
    expect(skipLink(el).textContent!.trim()).to.equal('Skip to content');
    overrideStrings('en', { skipLinks: { content: 'Skip to the article' } });
    await el.updateComplete;
    expect(skipLink(el).textContent!.trim()).to.equal('Skip to the article');
    overrideStrings('ru', { skipLinks: { content: 'К статье' } });
    el.locale = 'ru';
    await el.updateComplete;
    expect(skipLink(el).textContent!.trim()).to.equal('К статье');
    expect(el.querySelector('time')!.lang, 'the rest of Russian is the built-in one').to.equal('ru');
  });

  it('a locale registered right after the element asked for it (the same script) is shown, with no warning', async () => {
    const warnings = await captureWarnings(async () => {
      const el = document.createElement('dw-article');
      el.setAttribute('locale', 'pt');
      document.body.append(el);
      registerLocale('pt', async () => ({ default: { skipLinks: { content: 'Ir para o conteúdo' } } }));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(skipLink(el).textContent!.trim()).to.equal('Ir para o conteúdo');
      el.remove();
    });
    expect(warnings.filter((warning) => warning.includes('locale="pt"'))).to.deep.equal([]);
  });

  it('an element showing English for a locale it did not know takes that locale up when the page registers it later', async () => {
    const el = await quietly(() => articleInMain(`locale="nl"`));
    expect(skipLink(el).textContent!.trim()).to.not.equal('Naar de inhoud');
    // Test fixture: one Dutch string.
    registerLocale('nl', { skipLinks: { content: 'Naar de inhoud' } });
    await el.updateComplete;
    expect([skipLink(el).textContent!.trim(), resolvedLang(skipLink(el))]).to.deep.equal(['Naar de inhoud', 'nl']);
  });

  it('an unknown locale falls back (page language, then English) with one warning that names the way to add it', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await articleInMain(`locale="xx-YY"`);
      expect(skipLink(el).textContent!.trim()).to.equal('Skip to the article');
    });
    const about = warnings.filter((warning) => warning.includes('locale='));
    expect(about).to.have.length(1);
    expect(about[0]).to.match(/locale="xx-YY" is not an interface locale \(see registerLocale\)/);
    expect(() => registerLocale('not a tag', {})).to.throw(RangeError);
  });
});
