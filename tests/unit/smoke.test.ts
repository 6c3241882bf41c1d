import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture(html`<dw-article></dw-article>`);
    await el.updateComplete;
    expect(el.textContent).to.contain('Kerry');
  });
});
