import { expect, fixture, html } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../../../src/i18n/resolve-locale.js';

describe('interface locale resolution', () => {
  it('matches a supported locale by its language: de-AT and de_CH give de', () => {
    expect(['de-AT', 'de_CH', 'DE', 'en-GB', 'fr-CA', 'xx', '', 'not a tag!'].map(matchLocale)).to.deep.equal([
      'de',
      'de',
      'de',
      'en',
      'fr',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('matches by script and region where a language has two locales', () => {
    const cases = {
      zh: 'zh',
      'zh-CN': 'zh',
      'zh-Hans': 'zh',
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-Hant': 'zh-Hant',
      pt: 'pt-BR',
      'pt-BR': 'pt-BR',
      'pt-PT': 'pt-002',
      'pt-AO': 'pt-002',
      'pt-MZ': 'pt-002',
      fa: 'fa',
      'fa-IR': 'fa',
      'fa-AF': 'fa-AF',
      prs: 'fa-AF',
      sr: 'sr-Latn',
      'sr-Cyrl-RS': 'sr-Latn',
      'sr-Latn-BA': 'sr-Latn',
      'ps-PK': 'ps',
    };
    expect(Object.fromEntries(Object.keys(cases).map((tag) => [tag, matchLocale(tag)]))).to.deep.equal(cases);
  });

  it('prefers the locale attribute, then the nearest ancestor lang, then the browser, then English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><p><span></span></p></div>`);
    const span = page.querySelector('span')!;
    expect(resolveLocale('en', span, ['de'])).to.equal('en');
    expect(resolveLocale(undefined, span, ['en'])).to.equal('de');
    page.lang = 'xx';
    expect(resolveLocale(undefined, span, ['yy-CA', 'de-DE', 'en'])).to.equal('de');
    expect(resolveLocale('xx', span, ['yy'])).to.equal('en');
  });
});
