// `npm run bench`: builds what it needs, then measures the five pages side by side in Chromium,
// alternating them round by round, without throttling and with 4x CPU throttling. Prints one
// table (medians with 95 % confidence intervals, ratios against the references) and writes
// everything to bench/results/ (ignored by git). BENCH_ROUNDS sets the rounds (default 15).
import { createReadStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, requireChromium } from '../scripts/browser.mjs';
import { fixtureArticle } from './fixture-articles.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const pages = ['floor', 'bare', 'ssr', 'csr', 'react'];
const names = {
  floor: 'static floor (HTML + CSS)',
  bare: 'bare Lit + i18next',
  ssr: 'dw-article, server-rendered',
  csr: 'dw-article, client-rendered',
  react: 'React 19',
};
const root = 'dist/bench';

// A plain static server: no compression (bytes are compressed below, per file, for the table).
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
  if (!path.startsWith(root) || !statSync(path, { throwIfNoEntry: false })?.isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/pages/`;
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: [...chromiumArgs, '--enable-precise-memory-info'],
});

/** One load of one page: paint and readiness times, main-thread time, a locale switch, bytes. */
async function load(page, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const responses = [];
  tab.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) responses.push({ path: new URL(response.url()).pathname, body });
  });
  await tab.goto(`${base}${page}.html`, { waitUntil: 'load' });
  const timings = await tab.evaluate(async () => {
    const bench = window.bench;
    if (bench) await bench.ready;
    // LCP is final once the page has been idle a moment without input.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const entries = (type) =>
      new Promise((resolve) =>
        new PerformanceObserver((list, observer) => (observer.disconnect(), resolve(list.getEntries()))).observe({
          type,
          buffered: true,
        }),
      );
    const [paints, lcps] = await Promise.all([entries('paint'), entries('largest-contentful-paint')]);
    const navigation = performance.getEntriesByType('navigation')[0];
    return {
      fcp: paints.find((entry) => entry.name === 'first-contentful-paint')?.startTime,
      lcp: lcps.at(-1)?.startTime,
      ready: bench ? performance.getEntriesByName('ready')[0].startTime : navigation.domContentLoadedEventEnd,
    };
  });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  // What the page loaded to be ready (in English); what comes after is the locale switch's.
  const loaded = [...responses];
  // To German (its strings fetched on first use), then back to English (already there).
  const switchMs = page === 'floor' ? undefined : await tab.evaluate(() => window.bench.switchLocale('de'));
  const switchBackMs = page === 'floor' ? undefined : await tab.evaluate(() => window.bench.switchLocale('en'));
  await context.close();
  return {
    ...timings,
    mainThread: metrics.TaskDuration * 1000,
    localeSwitch: switchMs,
    localeSwitchBack: switchBackMs,
    responses: loaded,
    switchResponses: responses.slice(loaded.length),
  };
}

/** Heap and DOM per instance at 1 and 100 instances, and growth over 1,000 connect/disconnect cycles. */
async function memory(page) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${base}${page}.html`);
  await tab.evaluate(() => window.bench.ready);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const start = await heap();
  const nodesAt1 = await tab.evaluate(() => document.querySelectorAll('*').length);
  const nodesAt100 = await tab.evaluate(() => window.bench.mount(99));
  const at100 = await heap();
  await tab.evaluate(() => window.bench.unmountAll());
  // Warm-up first (caches and compiled code settle), then 1,000 cycles measured.
  await tab.evaluate(() => window.bench.cycle(1000));
  const beforeCycles = await heap();
  await tab.evaluate(() => window.bench.cycle(1000));
  const afterCycles = await heap();
  await context.close();
  return {
    heapPerInstance: (at100 - start) / 99,
    domPerInstance: (nodesAt100 - nodesAt1) / 99,
    heapAt1: start,
    growthAfter1000Cycles: afterCycles - beforeCycles,
  };
}

/** Rendering a fixture article of `blocks` blocks in the browser: ms to render (median of 5), heap one instance holds. */
async function clientScale(blocks) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await tab.goto(`${base}csr.html`);
  await tab.evaluate(() => window.bench.ready);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const before = await heap();
  const times = await tab.evaluate(async (doc) => {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const element = document.createElement('dw-article');
      element.append(document.createElement('main'));
      const started = performance.now();
      element.article = doc;
      document.body.append(element);
      await element.updateComplete;
      times.push(performance.now() - started);
      if (i < 4) element.remove();
    }
    return times;
  }, fixtureArticle(blocks));
  const held = (await heap()) - before;
  await context.close();
  return { ms: median(times), heap: held };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** 95 % confidence interval of the median, by bootstrap (2,000 resamples, fixed seed). */
function interval(values) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const medians = Array.from({ length: 2000 }, () =>
    median(values.map(() => values[Math.floor(random() * values.length)])),
  ).sort((a, b) => a - b);
  return [medians[50], medians[1949]];
}
const summary = (values) => {
  const defined = values.filter((value) => value !== undefined);
  return defined.length ? { median: median(defined), ci95: interval(defined), n: defined.length } : undefined;
};

const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  chromium: browser.version(),
  rounds,
  runs: {},
};
const metricsOf = ['fcp', 'lcp', 'ready', 'mainThread', 'localeSwitch', 'localeSwitchBack'];
for (const throttle of [1, 4]) {
  const samples = Object.fromEntries(pages.map((page) => [page, []]));
  for (let round = 0; round < rounds; round++) {
    // Alternate the order round by round, so no page always goes first.
    const order = pages.map((_, i) => pages[(i + round) % pages.length]);
    for (const page of order) samples[page].push(await load(page, throttle));
    process.stderr.write(`\r${throttle}x CPU: round ${round + 1}/${rounds}`);
  }
  process.stderr.write('\n');
  results.runs[`${throttle}x`] = Object.fromEntries(
    pages.map((page) => [
      page,
      Object.fromEntries(metricsOf.map((metric) => [metric, summary(samples[page].map((s) => s[metric]))])),
    ]),
  );
  if (throttle === 1) {
    results.responses = Object.fromEntries(pages.map((page) => [page, samples[page][0].responses]));
    results.switchResponses = Object.fromEntries(pages.map((page) => [page, samples[page][0].switchResponses]));
  }
}

// Bytes: what each page downloaded, minified as served, compressed file by file.
const gzip = (body) => gzipSync(body, { level: 9 }).length;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
results.bytes = {};
const localeModule = /\/(de|ar|es|fa|ru|tr|zh)(-[\w-]+)?\.(js|json)$/;
const kind = (path) =>
  localeModule.test(path) ? 'locale' : path.endsWith('.js') ? 'js' : path.endsWith('.html') ? 'html' : 'image';
/** The bytes of `files` by kind, raw and compressed. */
function weigh(files) {
  const bytes = {};
  for (const { path, body } of files.filter(({ path }) => !path.endsWith('/dw-hooks.js'))) {
    const entry = (bytes[kind(path)] ??= { raw: 0, gzip: 0, brotli: 0 });
    entry.raw += body.length;
    entry.gzip += gzip(body);
    entry.brotli += brotli(body);
  }
  return bytes;
}
for (const page of pages) {
  results.bytes[page] = weigh(results.responses[page]);
  // Switching to German: its strings, and whatever else that first switch loads (i18next).
  results.bytes[`${page}_switch`] = weigh(results.switchResponses[page] ?? []);
}
const german = readFileSync('locales/de.json');
results.bytes.extraLocale = { file: 'de.json', raw: german.length, gzip: gzip(german), brotli: brotli(german) };
delete results.responses;
delete results.switchResponses;

for (const page of ['bare', 'csr', 'react']) results[`memory_${page}`] = await memory(page);
results.scale = {};
for (const blocks of [10, 100, 1000]) results.scale[blocks] = await clientScale(blocks);

await browser.close();
server.close();
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${results.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(results, null, 2)}\n`);

// The table.
const ms = (s) => (s ? `${s.median.toFixed(1)} [${s.ci95[0].toFixed(1)}–${s.ci95[1].toFixed(1)}]` : '–');
const ratio = (a, b) => (a && b ? `${(a.median / b.median).toFixed(2)}x` : '–');
const lines = [
  `dw-article benchmark, ${results.date.slice(0, 10)}, ${results.machine}, Chromium ${results.chromium}, ${rounds} rounds`,
  '',
];
for (const [run, data] of Object.entries(results.runs)) {
  lines.push(`${run === '1x' ? 'No throttling' : '4x CPU throttling'}: median ms [95 % CI]`);
  lines.push(
    '| page | FCP | LCP | ready | main thread | switch to de (fetched) | back to en (loaded) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const page of pages) lines.push(`| ${names[page]} | ${metricsOf.map((m) => ms(data[page][m])).join(' | ')} |`);
  lines.push(
    '',
    `Ratios: SSR/floor FCP ${ratio(data.ssr.fcp, data.floor.fcp)}, LCP ${ratio(data.ssr.lcp, data.floor.lcp)}; ` +
      `CSR/bare FCP ${ratio(data.csr.fcp, data.bare.fcp)}, LCP ${ratio(data.csr.lcp, data.bare.lcp)}, ready ${ratio(data.csr.ready, data.bare.ready)}; ` +
      `locale switch CSR/bare ${ratio(data.csr.localeSwitch, data.bare.localeSwitch)} (fetched), ${ratio(data.csr.localeSwitchBack, data.bare.localeSwitchBack)} (loaded); ` +
      `React/CSR LCP ${ratio(data.react.lcp, data.csr.lcp)}`,
    '',
  );
}
const kb = (n) => (n / 1024).toFixed(1);
lines.push(
  'Bytes (KB; JS and CSS are one, CSS is inside the JS): min+gzip / min+brotli',
  '| page | JS, to be ready in English | HTML | the switch to German loads: locale | and JS |',
  '| --- | --- | --- | --- | --- |',
);
for (const page of pages) {
  const b = results.bytes[page];
  const later = results.bytes[`${page}_switch`];
  const cell = (entry) => (entry ? `${kb(entry.gzip)} / ${kb(entry.brotli)}` : '0');
  lines.push(`| ${names[page]} | ${cell(b.js)} | ${cell(b.html)} | ${cell(later.locale)} | ${cell(later.js)} |`);
}
lines.push(
  `Each extra locale (${results.bytes.extraLocale.file}): ${kb(results.bytes.extraLocale.gzip)} KB gzip, ${kb(results.bytes.extraLocale.brotli)} KB brotli`,
  '',
);
lines.push(
  'Memory (after forced garbage collection)',
  '| element | heap per instance (KB) | DOM nodes per instance | heap growth over 1,000 connect/disconnect cycles (KB) |',
  '| --- | --- | --- | --- |',
);
for (const page of ['bare', 'csr', 'react']) {
  const m = results[`memory_${page}`];
  lines.push(
    `| ${names[page]} | ${kb(m.heapPerInstance)} | ${m.domPerInstance.toFixed(0)} | ${kb(m.growthAfter1000Cycles)} |`,
  );
}
lines.push(
  `Heap per instance, dw-article/bare: ${(results.memory_csr.heapPerInstance / results.memory_bare.heapPerInstance).toFixed(2)}x`,
);
lines.push(
  '',
  'How cost grows: a fixture article of N blocks, rendered in the browser (client) and by renderArticle (server, below)',
  '| blocks | client render (ms) | heap one instance holds (KB) |',
  '| --- | --- | --- |',
);
for (const [blocks, figures] of Object.entries(results.scale)) {
  lines.push(`| ${blocks} | ${figures.ms.toFixed(1)} | ${kb(figures.heap)} |`);
}
console.log(lines.join('\n'));
console.log(`\nAll figures: ${file}`);
