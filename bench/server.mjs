// `npm run bench`, the server's part: renderArticle's pages per second on one core, the batch
// command's speedup over this machine's cores with its peak memory, and how render time and
// heap grow with the article (10, 100, 1,000 blocks). Prints a table; run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderArticle } from '../dist/src/server/index.js';
import { fixtureArticle } from './fixture-articles.mjs';
import seed from '../src/document/seed-article.json' with { type: 'json' };

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** Pages per second for one document, rendering for about `seconds` after a warm-up. */
function pagesPerSecond(doc, seconds = 2) {
  for (let i = 0; i < 50; i++) renderArticle(doc);
  let pages = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    renderArticle(doc);
    pages++;
  }
  return pages / ((performance.now() - started) / 1000);
}

/** Milliseconds per render (median of several) and the heap the rendered string and its work hold. */
function scale(blocks) {
  const doc = fixtureArticle(blocks);
  const times = [];
  for (let i = 0; i < Math.max(3, Math.round(2000 / blocks)); i++) {
    const started = performance.now();
    renderArticle(doc);
    times.push(performance.now() - started);
  }
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = renderArticle(doc);
  const after = process.memoryUsage().heapUsed;
  return { ms: median(times), bytes: kept.length, heap: Math.max(0, after - before) };
}

/** The batch command over `count` copies of the seed with `jobs` workers: seconds and peak memory (KB). */
function batch(dir, count, jobs) {
  const out = join(dir, `out-${jobs}`);
  const args = ['bin/dw-article.mjs', 'render', '--out', out, '--jobs', String(jobs), join(dir, 'in')];
  const { stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const [, seconds, peakMB] = /pages in ([\d.]+) s .* peak memory (\d+) MB/.exec(stderr) ?? [];
  return { seconds: Number(seconds), peakKB: Number(peakMB) * 1024 };
}

const lines = [];
lines.push(`Server (Node ${process.versions.node}, ${cpus()[0]?.model ?? 'CPU'}, ${availableParallelism()} cores)`, '');
lines.push('| renderArticle, one core | pages/s |', '| --- | --- |');
lines.push(`| the seed (9 paragraphs) | ${pagesPerSecond(seed).toFixed(0)} |`);
lines.push(`| a 100-block fixture | ${pagesPerSecond(fixtureArticle(100)).toFixed(0)} |`);

const dir = mkdtempSync(join(tmpdir(), 'dw-article-bench-'));
try {
  mkdirSync(join(dir, 'in'));
  const count = 2000;
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'in', `seed-${i}.json`), JSON.stringify(seed));
  const one = batch(dir, count, 1);
  const all = batch(dir, count, availableParallelism());
  lines.push(
    '',
    `| dw-article render --out, ${count} pages of the seed | seconds | pages/s | peak memory (MB) |`,
    '| --- | --- | --- | --- |',
  );
  for (const [label, run] of [
    ['1 worker', one],
    [`${availableParallelism()} workers`, all],
  ]) {
    lines.push(
      `| ${label} | ${run.seconds.toFixed(2)} | ${(count / run.seconds).toFixed(0)} | ${(run.peakKB / 1024).toFixed(0)} |`,
    );
  }
  lines.push(`Speedup with ${availableParallelism()} workers: ${(one.seconds / all.seconds).toFixed(2)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

lines.push(
  '',
  '| server render, by article size | ms per render | HTML (KB) | heap held (KB) |',
  '| --- | --- | --- | --- |',
);
for (const blocks of [10, 100, 1000]) {
  const { ms, bytes, heap } = scale(blocks);
  lines.push(`| ${blocks} blocks | ${ms.toFixed(2)} | ${(bytes / 1024).toFixed(0)} | ${(heap / 1024).toFixed(0)} |`);
}
console.log(lines.join('\n'));
