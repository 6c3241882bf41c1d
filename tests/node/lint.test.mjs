// The lint configuration catches what it is there for: each plugin's rules fire on a probe
// that breaks them, and TypeScript refuses an interface key that is not in en.json (each
// checked as if it were a file in src/, without writing one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

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

/** The lines of `probe` (a module in src/) that TypeScript, with the project's settings, reports errors on. */
function probeErrors(probe) {
  const probePath = fileURLToPath(new URL('../../src/__type-probe__.ts', import.meta.url));
  const config = ts.getParsedCommandLineOfConfigFile(
    fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => assert.fail(String(diagnostic.messageText)),
    },
  );
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (name, ...rest) =>
    name === probePath ? ts.createSourceFile(name, probe, ts.ScriptTarget.ES2022, true) : getSourceFile(name, ...rest);
  const fileExists = host.fileExists;
  host.fileExists = (name) => name === probePath || fileExists(name);
  const program = ts.createProgram([probePath], config.options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probePath))
    .map((d) => probe.split('\n')[d.file.getLineAndCharacterOfPosition(d.start).line]);
}

test('TypeScript (npm run lint): an interface key that en.json does not have is a compile error', () => {
  const probe = `import type { InterfaceLocale } from './i18n/interface-locale.js';
export const known = (ui: InterfaceLocale) => [ui.t('skipLinks.content'), ui.plural('article.readingTime', 2).text];
export const unknown = (ui: InterfaceLocale) => ui.label('skipLinks.toNowhere');
export const unknownPlural = (ui: InterfaceLocale) => ui.plural('skipLinks.content', 2);
`;
  assert.deepEqual(probeErrors(probe), [
    "export const unknown = (ui: InterfaceLocale) => ui.label('skipLinks.toNowhere');",
    "export const unknownPlural = (ui: InterfaceLocale) => ui.plural('skipLinks.content', 2);",
  ]);
});

test('TypeScript: a wrong document for .article or <DwArticle article>, or wrong strings for a locale, do not compile', () => {
  const probe = `import { createElement } from 'react';
import { DwArticle } from './react/dw-article.js';
import { registerLocale, overrideStrings } from './i18n/locales.js';
const doc = { lang: 'en', headline: { text: 'A', lang: 'en' }, published: '2020-01-01', body: [] };
export const right = (el: HTMLElementTagNameMap['dw-article']) => (el.article = doc);
export const wrong = (el: HTMLElementTagNameMap['dw-article']) => (el.article = { headline: 5 });
export const rightProps = createElement(DwArticle, { article: doc, locale: 'de', onDwLoad: (e) => e.detail.source });
export const wrongProps = createElement(DwArticle, { article: { ...doc, body: [{ type: 'table' }] } });
registerLocale('it', { skipLinks: { content: 'Vai al contenuto' } });
registerLocale('xx', { skipLinks: { content: 1 } });
overrideStrings('en', { skipLink: { moreSites: 'Skip to more sites' } });
`;
  assert.deepEqual(probeErrors(probe), [
    "export const wrong = (el: HTMLElementTagNameMap['dw-article']) => (el.article = { headline: 5 });",
    "export const wrongProps = createElement(DwArticle, { article: { ...doc, body: [{ type: 'table' }] } });",
    "registerLocale('xx', { skipLinks: { content: 1 } });",
    "overrideStrings('en', { skipLink: { moreSites: 'Skip to more sites' } });",
  ]);
});
