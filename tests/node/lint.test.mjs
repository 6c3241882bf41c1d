// The lint configuration catches what it is there for: each plugin's rules fire on a probe
// that breaks them (checked as if it were a file in src/, without writing one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const probe = `
import { LitElement, html } from 'lit';
export class BadElement extends LitElement {
  constructor() {
    super();
    this.innerHTML = '';
  }
  override render() {
    return html\`<img src="x.png" /><div @click=\${() => {}}>click</div><a href="#" .foo="bar" .foo="baz">x</a>\`;
  }
}
customElements.define('bad-element', BadElement);
`;

test('ESLint: typescript-eslint, Lit, Lit accessibility and web-component rules all fire on a probe', async () => {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(probe, { filePath: 'src/__lint-probe__.ts' });
  const rules = new Set(result.messages.map((message) => message.ruleId));
  for (const rule of [
    'lit-a11y/alt-text',
    'lit-a11y/click-events-have-key-events',
    'lit/no-duplicate-template-bindings',
    'wc/no-constructor-attributes',
  ]) {
    assert.ok(rules.has(rule), `${rule} should fire; fired: ${[...rules].join(', ')}`);
  }
});
