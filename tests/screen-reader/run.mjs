// `npm run test:sr`: what a real screen reader says. Orca 43 reads the built demo (dist/demo)
// in Chromium and in Firefox on a private headless desktop (desktop.mjs); a reader's key presses
// (scenarios.mjs) read it from the top, follow the three skip links and switch the interface
// language. What Orca spoke, each string with the language the browser exposed for it, is
// compared with the reviewed transcripts in transcripts/<browser>/<page>.txt, and checked for
// what a reader needs (checks.mjs). Then the same checks run once on deliberately broken pages
// (proof.mjs) and must fail there.
//
//   UPDATE_TRANSCRIPTS=1 npm run test:sr   rewrite the transcripts; review the diff before committing
//   SR_BROWSERS=firefox                    one browser
//   SR_KEEP=1                              keep each run's folder (Orca's debug log, every process's output)
//
// Where Orca or its desktop is not installed the test says so and is skipped, unless
// REQUIRE_SCREEN_READER (or REQUIRE_ENGINES, as in .ci/run) is set: then that is a failure.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browsers, installed } from './browsers.mjs';
import { checkPage } from './checks.mjs';
import { Desktop, missingPrograms, packages } from './desktop.mjs';
import { proveChecksFail } from './proof.mjs';
import { pagePath, Reader } from './scenarios.mjs';
import { serve } from './serve.mjs';
import { SpeechLog, transcript } from './speech-log.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const demo = 'dist/demo';
const update = Boolean(process.env.UPDATE_TRANSCRIPTS);
const required = Boolean(process.env.REQUIRE_SCREEN_READER || process.env.REQUIRE_ENGINES);
const wanted = (process.env.SR_BROWSERS ?? 'chromium,firefox').split(',');
// The whole run is bounded: past this (15 minutes, almost four times a run here), every process is stopped and the run fails.
const timeLimit = Number(process.env.SR_TIME_LIMIT_S ?? 900) * 1000;

const missing = [...missingPrograms(), ...wanted.filter((name) => !installed(name)).map((name) => browsers[name].path)];
if (missing.length) {
  const message = `screen-reader test (Orca): skipped, not installed here: ${missing.join(', ')}. Debian: apt-get install ${packages.join(' ')}`;
  if (required) {
    console.error(`${message}\nREQUIRE_SCREEN_READER is set: failing.`);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}
if (!existsSync(join(demo, 'index.html'))) {
  console.error(`No built demo in ${demo}: run npm run build first.`);
  process.exit(1);
}

/** The pages read, by transcript name: the interface locales and the rich fixture. */
const pages = [
  { name: 'en', locale: 'en', skipLinks: [1, 2, 3], switchLocale: true },
  { name: 'de', locale: 'de', skipLinks: [1, 2, 3] },
  { name: 'ar', locale: 'ar', skipLinks: [1, 2, 3] },
  { name: 'rich-en', locale: 'en', src: 'articles/rich-test-fixture.json', rich: true },
];

/**
 * Reads a page; where Orca does not answer a key in time (seen once in a dozen runs, Firefox,
 * a Tab on a fresh load), reads it once more from a fresh start: a page that is really broken
 * fails the same way twice.
 */
async function readPatiently(reader, page) {
  try {
    return await reader.readPage(page);
  } catch (error) {
    if (!/^Timed out\b/.test(error.message)) throw error;
    console.log(`    (${pagePath(page)} read once more: ${error.message})`);
    return reader.readPage(page);
  }
}

function transcriptText(browser, page, result) {
  const head = `# What Orca 43 speaks in ${browser}: the demo, ${pagePath(page)}\n# Each line one utterance; [xx] the language the browser exposed for the strings after it.\n`;
  return `${head}${result.sections.map(([title, records]) => `\n## ${title}\n${transcript(records).join('\n')}\n`).join('')}`;
}

/** Stops every desktop still running and exits: on the time-out, Ctrl-C or a kill. */
function stopAll(why) {
  console.error(`screen-reader test: ${why}; stopping.`);
  for (const desktop of Desktop.running) void desktop.down({ keep: true });
  process.exit(1);
}

async function main() {
  const server = await serve(join(process.cwd(), demo));
  const failures = [];
  const timer = setTimeout(() => stopAll(`over its time limit of ${timeLimit / 1000} s`), timeLimit);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopAll(signal));
  try {
    for (const name of wanted) {
      const browser = browsers[name];
      const desktop = new Desktop();
      try {
        await desktop.up(readFileSync(join(here, 'orca-customizations.py'), 'utf8'));
        const reader = new Reader({ desktop, log: new SpeechLog(desktop.speechFile), browser, base: server.base });
        for (const page of pages) {
          const started = Date.now();
          const file = join(here, 'transcripts', name, `${page.name}.txt`);
          const reviewed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
          let result = await readPatiently(reader, page);
          let text = transcriptText(name, page, result);
          // Orca's words can depend on the order a browser's events reach it (whether a link
          // has focus when say-all starts, say). A page that reads differently is read once
          // more; a real change reads differently both times.
          let again = '';
          if (!update && reviewed !== undefined && text !== reviewed) {
            result = await readPatiently(reader, page);
            text = transcriptText(name, page, result);
            again = ', as reviewed on a second reading';
          }
          const actual = join('test-results/screen-reader', name, `${page.name}.txt`);
          mkdirSync(dirname(actual), { recursive: true });
          writeFileSync(actual, text);
          const problems = checkPage(page, result);
          if (update) {
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, text);
          } else if (reviewed !== text) {
            problems.push(
              `what Orca says differs from the reviewed ${file} (this run's: ${actual}); review it, then UPDATE_TRANSCRIPTS=1 npm run test:sr`,
            );
          }
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          console.log(
            `${problems.length ? 'not ok' : 'ok'} - Orca in ${name}: ${page.name} (${seconds} s${problems.length ? '' : again})`,
          );
          for (const problem of problems) console.log(`    ${problem}`);
          failures.push(...problems.map((problem) => `${name} ${page.name}: ${problem}`));
        }
        // Once a run, in the first browser: the checks fail on deliberately broken pages.
        if (name === wanted[0]) {
          const proof = await proveChecksFail(reader, server, demo);
          for (const line of proof.report) console.log(line);
          failures.push(...proof.failures.map((problem) => `${name} proof: ${problem}`));
        }
      } catch (error) {
        failures.push(`${name}: ${error.stack ?? error}`);
        console.log(`not ok - Orca in ${name}: ${error.message}\n    its processes' output: ${desktop.dir}`);
        await desktop.down({ keep: true });
        continue;
      }
      await desktop.down({ keep: Boolean(process.env.SR_KEEP) });
      if (process.env.SR_KEEP) console.log(`    kept: ${desktop.dir}`);
    }
  } finally {
    clearTimeout(timer);
    server.close();
  }
  if (failures.length) {
    console.error(
      `\nscreen-reader test: ${failures.length} problem(s)\n${failures.map((failure) => `  - ${failure}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`screen-reader test: Orca in ${wanted.join(' and ')}, ${pages.length} pages each, all as reviewed`);
}

await main();
