// `npm run test:mutation`: named mutants, each a realistic bug in a module where a silent bug
// hurts readers most (languages, skip links and focus, validation, the article source), put
// into the source one at a time and run against the component tests that own that module
// (Chromium only). A mutant the tests fail on is killed; one they pass survives. Prints the
// score and the survivors; exits non-zero when any survives or hangs. Not part of `npm test`.
// `node scripts/mutation.mjs NAME…` runs only the mutants whose names contain one of the words.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const component = (path) => `tests/component/${path}.test.ts`;

/** [name, file, the text to break (exactly once), what it becomes, the tests that own it] */
const mutants = [
  // Languages
  [
    'ar few reading time in the singular',
    'locales/ar.json',
    '"مدة القراءة: {{n}} دقائق"',
    '"مدة القراءة: {{n}} دقيقة"',
    [component('i18n/interface-locale')],
  ],
  [
    'ru many reading time in the few form',
    'locales/ru.json',
    '"Время чтения: {{n}} минут"',
    '"Время чтения: {{n}} минуты"',
    [component('i18n/interface-locale')],
  ],
  [
    'pl many reading time in the few form',
    'locales/pl.json',
    '"Czas czytania: {{n}} minut"',
    '"Czas czytania: {{n}} minuty"',
    [component('i18n/interface-locale')],
  ],
  [
    'a string changed without its sources table',
    'locales/uk.json',
    '"Перейти до змісту"',
    '"Перейти до вмісту"',
    ['tests/node/locales.test.mjs'],
  ],
  [
    'Portugal reads Brazilian Portuguese',
    'src/i18n/built-in.ts',
    "  'pt-PT': 'pt-002',",
    "  'pt-PT': 'pt-BR',",
    [component('i18n/resolve-locale')],
  ],
  [
    'switcher in registration order',
    'src/chrome/dw-locale-switcher.ts',
    '.sort(([, a], [, b]) => collator.compare(a, b))',
    '',
    [component('dw-article')],
  ],
  [
    "switcher names from the browser's Intl",
    'src/i18n/locales.ts',
    'return registry.get(locale)?.name ?? languageName(locale);',
    'return languageName(locale);',
    [component('dw-article')],
  ],
  [
    'English month names where the engine lacks the language',
    'src/i18n/formats.ts',
    '  if (resolved !== new Intl.Locale(formatLocale).language) return false;\n',
    '',
    [component('i18n/interface-locale')],
  ],
  [
    'Western digits where the engine lacks the language',
    'src/i18n/formats.ts',
    'return digits && format.resolvedOptions().numberingSystem !== digits',
    'return false',
    [component('i18n/interface-locale')],
  ],
  [
    'body paragraph without its lang',
    'src/parts/blocks.ts',
    'html`<p lang=${ifDefined(langIf(block.lang, inherited))}',
    'html`<p',
    [component('parts/article')],
  ],
  [
    'caption without its lang',
    'src/parts/figure.ts',
    'lang=${ifDefined(langIf(image.caption.lang, lang))}\n',
    '\n',
    [component('dw-article')],
  ],
  [
    'error state without dir',
    'src/parts/error.ts',
    'role="alert" lang=${ui.locale} dir=${ui.dir}>',
    'role="alert" lang=${ui.locale}>',
    [component('parts/error')],
  ],
  [
    'error fields without lang="en"',
    'src/parts/error.ts',
    '<ul class="dw-issues" lang="en" dir="ltr">',
    '<ul class="dw-issues">',
    [component('parts/error')],
  ],
  [
    'a fallback string tagged with the interface locale',
    'src/i18n/interface-locale.ts',
    'lang: details.usedLng ?? locale',
    'lang: locale',
    [component('i18n/interface-locale')],
  ],
  [
    'Arabic script taken for left to right',
    'src/i18n/languages.ts',
    "new Set(['Arab', ",
    'new Set([',
    [component('i18n/languages')],
  ],
  [
    'page lang before the locale attribute',
    'src/i18n/resolve-locale.ts',
    '[requested, nearestLang(element), ...browserLanguages]',
    '[nearestLang(element), requested, ...browserLanguages]',
    [component('i18n/resolve-locale')],
  ],
  [
    'an older locale request wins',
    'src/i18n/localize-controller.ts',
    '    const show = (locale: Locale, t: T) => {\n      if (request !== this.request) return;',
    '    const show = (locale: Locale, t: T) => {',
    [component('i18n/localize-controller')],
  ],
  [
    'first render does not wait for the locale',
    'src/dw-article.ts',
    'if (!this.hasUpdated) await this.l10n.ready;',
    '',
    [component('dw-article')],
  ],
  [
    'server markup not relabelled',
    'src/parts/relabel.ts',
    'put(element, label.text, label.lang);',
    '',
    [component('document/article-source')],
  ],
  [
    'locale switch not announced',
    'src/chrome/status.ts',
    "this.message = ui.t('state.localeChanged', { language: languageName(ui.locale) });",
    'void languageName;',
    [component('accessibility')],
  ],
  // Skip links and focus
  [
    'skip link does not move focus',
    'src/chrome/skip-links.ts',
    'if (target instanceof HTMLElement) moveFocusTo(target);',
    'if (target instanceof HTMLElement) target.scrollIntoView();',
    [component('chrome/skip-links')],
  ],
  [
    'no tabindex="-1" fallback',
    'src/chrome/focus.ts',
    "target.setAttribute('tabindex', '-1');",
    '',
    [component('chrome/skip-links')],
  ],
  [
    'skip-link landmarks not numbered',
    'src/chrome/skip-links.ts',
    'if (connected.size < 2)',
    'if (connected.size < 99)',
    [component('chrome/skip-links')],
  ],
  [
    'missing targets warned on every render',
    'src/chrome/skip-links.ts',
    'if (warning && warning !== this.lastWarning)',
    'if (warning)',
    [component('chrome/skip-links')],
  ],
  // Validation
  [
    'protocol-relative image URL accepted',
    'src/document/fields.ts',
    'return url.origin === probe ||',
    "return url.origin === probe || value.startsWith('//') ||",
    [component('document/schema')],
  ],
  [
    'javascript: link accepted',
    'src/document/fields.ts',
    '(value) => /^https?:\\/\\//i.test(value) && URL.canParse(value)',
    '(value) => URL.canParse(value)',
    [component('document/schema')],
  ],
  // The article source
  [
    'a property set after src does not abort the fetch',
    'src/document/article-source.ts',
    '    this.pending = false;\n    this.task.abort();',
    '    this.pending = false;',
    [component('document/article-source')],
  ],
  [
    'disconnecting does not abort',
    'src/document/article-source.ts',
    '    if (this.task.status !== TaskStatus.PENDING) return;\n    this.task.abort();',
    '    if (this.task.status !== TaskStatus.PENDING) return;',
    [component('document/article-source')],
  ],
  // (Not a mutant: dropping the source's own update request on reconnect, which the skip
  // links' request for every connected instance makes anyway.)
  [
    'a src aborted by a disconnect is forgotten',
    'src/document/article-source.ts',
    '    this.task.abort();\n    this.pending = true;',
    '    this.task.abort();',
    [component('document/article-source')],
  ],
  [
    'a stale fetch result shown',
    'src/document/article-source.ts',
    'return signal.aborted ? initialState : doc;',
    'return doc;',
    [component('document/article-source')],
  ],
  [
    'hydration replaced by a fresh render',
    'src/dw-article.ts',
    "if (this.shadowRoot && !('litElementHydrateSupport' in globalThis))",
    'if (this.shadowRoot)',
    [component('hydrate')],
  ],
  // Rich articles and HTML in
  [
    'a phrase in another language without its lang',
    'src/parts/runs.ts',
    'html`<span lang=${lang} dir=${ifDefined(dir)}>${children}</span>`',
    'html`<span>${children}</span>`',
    [component('parts/blocks')],
  ],
  [
    'links without hreflang',
    'src/parts/runs.ts',
    ' hreflang=${ifDefined(run.hreflang)}',
    '',
    [component('parts/blocks')],
  ],
  [
    'bidi controls not isolated',
    'src/parts/runs.ts',
    'bidiControls.test(run) ? html`<bdi>${run}</bdi>` : run',
    'run',
    [component('parts/blocks')],
  ],
  [
    'subheadings not relative to the headline',
    'src/parts/blocks.ts',
    'headingTag(context.headingLevel + level - 1)',
    'headingTag(level)',
    [component('parts/blocks')],
  ],
  [
    'ids not unique on the page',
    'src/parts/blocks.ts',
    'if (context.idTaken?.(id))',
    'if (false)',
    [component('parts/blocks')],
  ],
  [
    'runs counted in the block language',
    'src/document/text.ts',
    'else yield* inlineRuns(run.children, run.lang ?? lang);',
    'else yield* inlineRuns(run.children, lang);',
    [component('document/reading-time')],
  ],
  [
    'a phrase read aloud with its sentence',
    'src/chrome/speech.ts',
    'if (current?.lang === lang && current.element === element)',
    'if (current)',
    [component('chrome/speech')],
  ],
  ['no limits', 'src/document/schema.ts', 'if (tooLarge) throw', 'if (false) throw', [component('document/schema')]],
  [
    'the importer keeps any link',
    'src/document/import-inline.ts',
    'return /^https?:$/.test(url.protocol) ? url.href : undefined;',
    'return url.href;',
    [component('document/html-to-article')],
  ],
  [
    'the importer keeps scripts as text',
    'src/document/import-inline.ts',
    "  'script',",
    '',
    [component('document/html-to-article')],
  ],
  [
    "the importer forgets a phrase's language",
    'src/document/import-inline.ts',
    '    } else if (langProp.lang) {',
    '    } else if (false) {',
    [component('document/html-to-article'), component('parts/blocks')],
  ],
  [
    'subheadings that skip a level',
    'src/parts/blocks.ts',
    'Math.min(block.level, (context.lastLevel ?? 1) + 1)',
    'block.level',
    [component('parts/blocks')],
  ],
  // Fixes found while building rich articles, each undone once
  [
    'a link allowed inside a link',
    'src/document/body-schema.ts',
    "v.check((link) => !holdsLink(link.children), 'expected a link without another link inside it')",
    'v.check(() => true)',
    [component('document/schema')],
  ],
  [
    'runs without text allowed',
    'src/document/body-schema.ts',
    "v.check((runs: Inline[]) => hasText(runs), 'expected text, got none')",
    'v.check(() => true)',
    [component('document/schema')],
  ],
  [
    'related boxes as landmarks with one name',
    'src/parts/blocks.ts',
    'html`<section class="dw-related">',
    'html`<section class="dw-related" aria-labelledby=${id}>',
    [component('parts/blocks')],
  ],
  [
    'the importer keeps unsafe images',
    'src/document/import-blocks.ts',
    'if (!src || (scheme ? !/^https?:/i.test(src) : /^[\\\\/]{2}/.test(src))) {',
    'if (!src) {',
    [component('document/html-to-article')],
  ],
  [
    'images inside text dropped without a word',
    'src/document/import-inline.ts',
    '      context.dropped.push(`${context.path}: image inside the text removed (a picture is kept as a figure of its own)`);\n',
    '',
    [component('document/html-to-article')],
  ],
  [
    'a refused Trusted Types policy thrown as it is',
    'src/document/html-to-article.ts',
    '    } catch (error) {\n      throw new TypeError(',
    '    } catch (error) {\n      throw error;\n      throw new TypeError(',
    [component('document/html-to-article.trusted-types')],
  ],
  [
    'dw-load for adopted markup before .article can read it',
    'src/document/article-source.ts',
    "if (view.kind === 'markup' && !this.reader) return;",
    '',
    [component('document/article-source')],
  ],
  [
    'body figures of a fetched document not resolved',
    'src/document/fetch-article.ts',
    '{ ...block, image: image(block.image) }',
    '{ ...block, image: block.image }',
    [component('document/article-source')],
  ],
  [
    'interface labels read by reader modes',
    'src/parts/runs.ts',
    "`dw-remark ${attributes.className}` : 'dw-remark'",
    "attributes.className : ''",
    ['tests/node/import.test.mjs'],
  ],
  [
    'the date line named dateline again',
    'src/parts/article.ts',
    '<p class="dw-published">',
    '<p class="dw-dateline">',
    ['tests/node/import.test.mjs'],
  ],
  [
    'credits not marked as the byline',
    'src/parts/article.ts',
    'class="dw-credits dw-byline"',
    'class="dw-credits"',
    ['tests/node/import.test.mjs'],
  ],
  // Adoption (issue 13): each fix undone
  [
    'server switcher marks every option selected',
    'src/chrome/dw-locale-switcher.ts',
    '?selected=${option === this.locale}',
    '.selected=${option === this.locale}',
    ['tests/node/server.test.mjs'],
  ],
  [
    'hydration support not applied when Lit loaded first',
    'src/define.ts',
    '  withHydrationSupport();\n  if',
    '  if',
    [component('hydrate.deferred')],
  ],
  [
    'server markup kept beside an article set before connecting',
    'src/document/article-source.ts',
    "const replaced = this.rendered ? this.rendered.kind === 'markup' : this.fromServer;",
    "const replaced = this.rendered?.kind === 'markup';",
    [component('hydrate.deferred')],
  ],
  [
    'the same .article again renders and fires again',
    'src/document/article-source.ts',
    "if (this.chosen && value === this.chosenValue && this.view.kind !== 'loading') return;",
    '',
    [component('hydrate.deferred')],
  ],
  [
    'skip link keeps a headline id of its own over the server one',
    'src/chrome/skip-links.ts',
    'if (rendered && /^dw-article-\\d+-headline$/.test(rendered.id)) this.headingId = rendered.id;',
    '',
    [component('hydrate.deferred')],
  ],
  [
    'an override does not reach elements already shown',
    'src/i18n/locales.ts',
    "    if (locale !== defaultLocale) currentI18n()!.addResourceBundle(locale, 'translation', strings, true, true);\n    for (const listener of listeners) listener(locale);",
    "    if (locale !== defaultLocale) currentI18n()!.addResourceBundle(locale, 'translation', strings, true, true);",
    [component('i18n/public-locales')],
  ],
  [
    'a locale registered after it was asked for is not taken up',
    'src/i18n/localize-controller.ts',
    'if (locale !== this.ui.locale) return this.sync();',
    'if (locale !== this.ui.locale) return;',
    [component('i18n/public-locales')],
  ],
  [
    'unknown locale warned before the page could register it',
    'src/i18n/localize-controller.ts',
    '    this.unknown = requested && !matchLocale(requested) ? requested : undefined;',
    '    this.unknown = requested && !matchLocale(requested) ? requested : undefined;\n    if (this.unknown) console.warn(unknownLocaleWarning(this.unknown));',
    [component('i18n/public-locales')],
  ],
  [
    'a failed locale load cached for ever',
    'src/i18n/locales.ts',
    'promise.then(settled, settled);',
    '',
    [component('i18n/localize-controller')],
  ],
  [
    'built-in locales not given to the server',
    'src/server/render.ts',
    '  provideBuiltInLocales();\n',
    '',
    ['tests/node/server.test.mjs'],
  ],
  [
    'controls shown before the element is defined',
    'src/server/render.ts',
    'dw-article:not(:defined) :is(.dw-toolbar, .dw-copy-link) { visibility: hidden; }',
    '',
    ['tests/node/server.test.mjs'],
  ],
  [
    'server header slotted after the article',
    'src/server/render.ts',
    "html`${slotted('header', options.header)}${content}${slotted('footer', options.footer)}`",
    "html`${content}${slotted('header', options.header)}${slotted('footer', options.footer)}`",
    ['tests/node/server.test.mjs'],
  ],
  [
    'locales bundled into the entry',
    'vite.config.ts',
    '/locales\\/(?!en\\.json)[\\w-]+\\.json$/.test(id) ||',
    '',
    ['tests/node/budgets.test.mjs'],
  ],
  [
    "i18next on the English page's first path",
    'vite.config.ts',
    '/node_modules\\/i18next\\//.test(id)',
    'false',
    ['tests/node/budgets.test.mjs'],
  ],
  [
    'the hydrate bundle reads its markup in a second round trip',
    'vite.config.ts',
    '(!hydrate && /src\\/document\\/read-markup\\.ts$/.test(id))',
    '/src\\/document\\/read-markup\\.ts$/.test(id)',
    ['tests/node/budgets.test.mjs'],
  ],
  [
    'the entry a facade that imports its code in a second request',
    'vite.config.ts',
    "preserveEntrySignatures: 'allow-extension',",
    "preserveEntrySignatures: 'exports-only',",
    ['tests/node/budgets.test.mjs'],
  ],
  [
    'the command ignores --header',
    'bin/dw-article.mjs',
    "header: values.header === undefined ? undefined : pageFile('header', values.header),",
    '',
    ['tests/node/cli.test.mjs'],
  ],
  // What a real screen reader says (Orca; tests/screen-reader)
  [
    'a click listener on the host again',
    'src/dw-article.ts',
    "    super();\n    // The reader's choice in the switcher",
    "    super();\n    this.addEventListener('click', () => undefined);\n    // The reader's choice in the switcher",
    ['screen-reader:chromium'],
  ],
  [
    'the caption a figcaption again',
    'src/parts/figure.ts',
    '? html`<div class="dw-figcaption">',
    '? html`<figcaption class="dw-figcaption">',
    ['screen-reader:firefox'],
  ],
  [
    'the status line a status role again',
    'src/chrome/status.ts',
    'class="dw-status${hidden}" aria-live="polite" aria-atomic="true"',
    'class="dw-status${hidden}" role="status"',
    ['screen-reader:chromium'],
  ],
  [
    'the status line a status role again, in the element',
    'src/chrome/status.ts',
    'class="dw-status${hidden}" aria-live="polite" aria-atomic="true"',
    'class="dw-status${hidden}" role="status"',
    [component('accessibility')],
  ],
  // Reader settings
  [
    'settings not kept',
    'src/chrome/reader-settings-controller.ts',
    'saveSettings(event.detail.settings);',
    '',
    [component('chrome/dw-reader-settings')],
  ],
];

const only = process.argv.slice(2);
const chosen = mutants.filter(([name]) => !only.length || only.some((word) => name.includes(word)));
const results = [];
for (const [name, file, from, to, tests] of chosen) {
  const original = readFileSync(file, 'utf8');
  const at = original.indexOf(from);
  if (at < 0 || original.indexOf(from, at + 1) >= 0) {
    results.push({ name, outcome: 'stale', note: `the text to break is not in ${file} exactly once` });
    continue;
  }
  writeFileSync(file, original.slice(0, at) + to + original.slice(at + from.length));
  const started = Date.now();
  try {
    // Node tests run on the built package (built with the mutant first); component tests on the
    // source; the screen-reader test (`screen-reader:BROWSER`) on the built demo, in that browser.
    const node = tests.every((test) => test.startsWith('tests/node/'));
    const reader = tests.find((test) => test.startsWith('screen-reader:'));
    const run = reader
      ? spawnSync('sh', ['-c', 'npm run build --silent >/dev/null 2>&1 && node tests/screen-reader/run.mjs'], {
          env: { ...process.env, SR_BROWSERS: reader.split(':')[1] },
          encoding: 'utf8',
          timeout: 480_000,
        })
      : node
        ? spawnSync('sh', ['-c', `npm run build --silent >/dev/null 2>&1 && node --test ${tests.join(' ')}`], {
            encoding: 'utf8',
            timeout: 240_000,
          })
        : spawnSync('npx', ['web-test-runner', ...tests], {
            env: { ...process.env, ENGINES: 'chromium', CI: '' },
            encoding: 'utf8',
            timeout: 180_000,
          });
    const seconds = Math.round((Date.now() - started) / 1000);
    const pattern = reader ? /^ {4}(?!found:)(.+)$/gm : node ? /^not ok \d+ - (.+)$/gm : /❌ (.+)/g;
    const failed = [...(run.stdout ?? '').matchAll(pattern)].map((m) => m[1].trim());
    const outcome = run.error ? 'hang' : run.status === 0 ? 'survived' : 'killed';
    results.push({ name, outcome, seconds, note: failed[0] ?? '' });
  } finally {
    writeFileSync(file, original);
  }
  const last = results.at(-1);
  console.log(
    `${last.outcome.padEnd(8)} ${String(last.seconds).padStart(3)} s  ${name}${last.note ? `\n                 ${last.note}` : ''}`,
  );
}

const killed = results.filter((r) => r.outcome === 'killed').length;
console.log(
  `\nMutation score: ${killed} of ${results.length} killed (${Math.round((100 * killed) / results.length)} %)`,
);
for (const r of results.filter((r) => r.outcome !== 'killed')) console.log(`  ${r.outcome}: ${r.name} ${r.note ?? ''}`);
process.exitCode = killed === results.length ? 0 : 1;
