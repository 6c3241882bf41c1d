// `npm run lint`: ESLint (typescript-eslint, Lit, Lit accessibility, web-component rules),
// then lit-analyzer for template bindings and Prettier for formatting (see package.json).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'screenshots/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/best-practice']],
    // So the web-component rules see Lit elements as the custom elements they are.
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    // LitElement always has connectedCallback and disconnectedCallback: a guard would be noise.
    rules: { 'wc/guard-super-call': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions; hostile documents
    // are deliberately untyped, to be bent in every way a page could.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
    },
  },
  {
    files: ['tests/fixtures/hostile.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
