// English without i18next: a page that needs only English never loads it, and the English `t`
// says exactly what i18next says for every English string.
import { expect } from '@open-wc/testing';
import i18next from 'i18next';
import en from '../../../locales/en.json' with { type: 'json' };
import { englishT } from '../../../src/i18n/english.js';
import { currentI18n } from '../../../src/i18n/i18next-instance.js';
import { articleInMain } from '../../support/pages.js';

/** Every key of the English strings, plural keys by their base (`article.readingTime`). */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );
}

describe('English without i18next', () => {
  it('an English page renders in full and never loads i18next; the first other locale loads it', async () => {
    const el = await articleInMain(`locale="en"`);
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Skip to content');
    expect(el.querySelector('.dw-reading-time')!.textContent).to.match(/^Reading time: \d+ minutes?$/);
    expect(currentI18n(), 'i18next not loaded').to.equal(undefined);
    el.locale = 'de';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal('Zum Inhalt springen');
    expect(currentI18n(), 'i18next loaded with German').to.not.equal(undefined);
  });

  it('says what i18next says for every English key, count and value', async () => {
    const reference = i18next.createInstance();
    await reference.init({
      resources: { en: { translation: en } },
      lng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    const t = reference.getFixedT('en');
    const compared = new Set<string>();
    for (const key of new Set(keys(en))) {
      for (const options of [
        {},
        { count: 0, n: '0' },
        { count: 1, n: '1' },
        { count: 2, n: '2' },
        { count: 21, n: '21' },
      ]) {
        const values = { ...options, number: '3', language: 'Deutsch', status: 503 };
        expect(englishT(key, values), `${key} ${JSON.stringify(options)}`).to.equal(t(key, values));
        expect(englishT(key, { ...values, returnDetails: true })).to.deep.include({
          res: t(key, values),
          usedLng: 'en',
        });
        compared.add(key);
      }
    }
    expect(compared.size).to.be.greaterThan(40);
    expect(englishT('skipLinks.toNowhere')).to.equal(t('skipLinks.toNowhere'));
  });
});
