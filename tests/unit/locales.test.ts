import { expect } from '@open-wc/testing';
import en from '../../locales/en.json' with { type: 'json' };
import de from '../../locales/de.json' with { type: 'json' };

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('interface locales', () => {
  it('German has exactly the keys English has, none of them empty or untranslated', () => {
    expect(keys(de).sort()).to.deep.equal(keys(en).sort());
    for (const key of keys(de)) {
      const value = key.split('.').reduce<any>((node, part) => node[part], de);
      expect(value, key).to.be.a('string').and.not.equal('');
    }
    expect(de.skipLinks.content).not.to.equal(en.skipLinks.content);
  });
});
