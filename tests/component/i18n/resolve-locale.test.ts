import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../../../src/i18n/resolve-locale.js';

describe('interface locale resolution', () => {
  it('matches a supported locale by its language: de-AT and de_CH give de', () => {
    expect(['de-AT', 'de_CH', 'DE', 'en-GB', 'fr', '', 'not a tag!'].map(matchLocale)).to.deep.equal([
      'de',
      'de',
      'de',
      'en',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('prefers the locale attribute, then the nearest ancestor lang, then the browser, then English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><p><span></span></p></div>`);
    const span = page.querySelector('span')!;
    expect(resolveLocale('en', span, ['de'])).to.equal('en');
    expect(resolveLocale(undefined, span, ['en'])).to.equal('de');
    page.lang = 'fr';
    expect(resolveLocale(undefined, span, ['fr-CA', 'de-DE', 'en'])).to.equal('de');
    expect(resolveLocale('xx', span, ['fr'])).to.equal('en');
  });
});
