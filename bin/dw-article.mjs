#!/usr/bin/env node
// `dw-article render article.json > article.html`: an article document as a complete,
// accessible page (or, with --fragment, the element alone), rendered on the server.
// `dw-article import page.html > article.json`: a CMS's HTML as an article document.
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const usage = `Usage: dw-article render <article.json | -> [options] > article.html
       dw-article render --out <dir> <article.json | dir>... [--jobs <n>] [options]
       dw-article import <page.html | -> [--base <url>] > article.json

render: an article document as a standalone, accessible HTML page that shows the whole
article before (and without) JavaScript.
import: an article's HTML (a whole page or the article alone) as an article document; what
it leaves out, and why, goes to stderr.

Options (render):
  --locale <tag>          interface locale (en, de, ar, es, fa, ru, tr, zh; de-AT gives de); default en
  --fragment              only the <dw-article> element, for a page of your own
  --heading-level <1-6>   level of the headline; default 1
  --menu-target <sel>     the page's main menu, for "Skip to main menu" (fragments)
  --sites-target <sel>    the page's "more DW sites" list, for its skip link (fragments)
  --header <file>         the page's own header (HTML of the site's), after the skip links, in the
                          element's header slot; the article then goes into a main of its own
  --footer <file>         the page's own footer, in the footer slot
  --structured-data       add NewsArticle JSON-LD
  --script <url>          the element's script (dist/bundle/dw-article.js), so the page hydrates
  --out <dir>             many documents (files, or every .json in a folder) to <dir>/<name>.html,
                          spread over worker threads; failures are named, the rest is written
  --jobs <n>              worker threads for --out; default one per core
  --base <url>            the page's own URL, to make the JSON-LD image URL absolute
                          (import: the HTML page's URL, to resolve its relative links and images)
  -h, --help              this text`;

function fail(message) {
  console.error(`dw-article: ${message}`);
  process.exit(1);
}

/** The options both ways of rendering take, from the command line. */
function renderOptions() {
  return {
    locale: values.locale,
    fragment: values.fragment,
    headingLevel: values['heading-level'] === undefined ? undefined : Number(values['heading-level']),
    menuTarget: values['menu-target'],
    sitesTarget: values['sites-target'],
    structuredData: values['structured-data'],
    script: values.script,
    base: values.base,
    header: values.header === undefined ? undefined : pageFile('header', values.header),
    footer: values.footer === undefined ? undefined : pageFile('footer', values.footer),
  };
}

/** The page's own header or footer: HTML of the site's, from a file. */
function pageFile(name, file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`--${name}: cannot read ${file}: ${error.message}`);
  }
}

/** `render --out DIR FILE…`: every document (a folder gives its .json files) to DIR, on worker threads. */
async function renderMany(sources) {
  if (!sources.length) fail(`render --out: expected documents to render\n\n${usage}`);
  const files = [];
  for (const source of sources) {
    let stat;
    try {
      stat = statSync(source);
    } catch (error) {
      fail(`cannot read ${source}: ${error.message}`);
    }
    if (!stat.isDirectory()) files.push(source);
    else for (const name of readdirSync(source).sort()) if (name.endsWith('.json')) files.push(join(source, name));
  }
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    fail(`--jobs: expected a whole number above 0, got ${values.jobs}`);
  await checkLocale();
  mkdirSync(values.out, { recursive: true });
  const { renderFiles } = await import('../dist/src/server/batch.js');
  const result = await renderFiles(
    files,
    values.out,
    renderOptions(),
    jobs && Math.min(jobs, files.length),
    (job, error) => {
      if (error) console.error(`dw-article: ${job.file}: ${error}`);
    },
  );
  const rate = result.written.length / result.seconds;
  console.error(
    `dw-article: ${result.written.length} of ${files.length} pages in ${result.seconds.toFixed(2)} s (${rate.toFixed(0)} pages/s) with ${result.workers} worker${result.workers === 1 ? '' : 's'}, peak memory ${(result.peakKB / 1024).toFixed(0)} MB, into ${values.out}`,
  );
  process.exit(result.failed.length ? 1 : 0);
}

/** A page falls back to English for a locale it does not know; a command asked for one by name says so. */
async function checkLocale() {
  const { matchInterfaceLocale, supportedLocales } = await import('../dist/src/server/index.js');
  if (values.locale !== undefined && !matchInterfaceLocale(values.locale)) {
    fail(
      `locale: expected one of ${supportedLocales().join(', ')} (or a regional form such as de-AT), got ${JSON.stringify(values.locale)}`,
    );
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      locale: { type: 'string' },
      fragment: { type: 'boolean' },
      'heading-level': { type: 'string' },
      'menu-target': { type: 'string' },
      'sites-target': { type: 'string' },
      header: { type: 'string' },
      footer: { type: 'string' },
      'structured-data': { type: 'boolean' },
      script: { type: 'string' },
      base: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${usage}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [command, file, ...extra] = positionals;
if (command === 'render' && values.out !== undefined) await renderMany([file, ...extra].filter(Boolean));
if (!['render', 'import'].includes(command) || !file || extra.length) {
  fail(`expected "render" or "import" and one file (or render --out <dir> and several)\n\n${usage}`);
}

let text;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error.message}`);
}
if (command === 'import') {
  const { htmlToArticle } = await import('../dist/src/server/index.js');
  try {
    const { article, dropped } = htmlToArticle(text, { base: values.base });
    for (const line of dropped) console.error(`dw-article: ${file}: ${line}`);
    process.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    process.exit(0);
  } catch (error) {
    fail(error.issues ? `${file}: not an article: ${error.message}` : error.message);
  }
}

let input;
try {
  input = JSON.parse(text);
} catch (error) {
  fail(`${file} is not JSON: ${error.message}`);
}

await checkLocale();
const { renderArticle } = await import('../dist/src/server/index.js');
try {
  process.stdout.write(renderArticle(input, renderOptions()));
} catch (error) {
  // The same messages as in the browser: one line per problem, naming the field.
  fail(error.issues ? `${file}: ${error.message}` : error.message);
}
