// Prints sizes (run `npm run build` first): each interface locale file, the single-file
// bundle, and every byte a page that only uses English downloads (measured by loading the
// built demo in Chromium). Raw and gzip (level 9) bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumArgs, requireChromium } from './browser.mjs';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;
const row = (name, buffer) =>
  console.log(`${name.padEnd(34)} ${String(buffer.length).padStart(7)} B ${String(gzip(buffer)).padStart(7)} B gzip`);

console.log('Interface locales (locales/*.json)');
for (const file of readdirSync('locales').sort()) row(file, readFileSync(`locales/${file}`));

console.log('\nSingle-file bundle (dist/bundle)');
for (const file of readdirSync('dist/bundle').filter((f) => f.endsWith('.js')))
  row(file, readFileSync(`dist/bundle/${file}`));

const server = await preview({ preview: { port: 0 }, logLevel: 'silent' });
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', async (response) =>
    bodies.push([new URL(response.url()).pathname, await response.body().catch(() => Buffer.alloc(0))]),
  );
  await page.goto(server.resolvedUrls.local[0]);
  await page.locator('dw-article h1').waitFor();
  await page.waitForLoadState('networkidle');
  console.log('\nThe demo page in English: every response');
  for (const [path, body] of bodies) row(path, body);
  const all = Buffer.concat(bodies.map(([, body]) => body));
  const ours = bodies.filter(([path]) => /\.(js|css)$/.test(path));
  console.log(
    `total: ${all.length} B, ${bodies.reduce((sum, [, body]) => sum + gzip(body), 0)} B gzip (each response gzipped alone)`,
  );
  console.log(
    `JavaScript and CSS: ${ours.reduce((s, [, b]) => s + gzip(b), 0)} B gzip; locale files fetched: ${bodies.filter(([p]) => p.endsWith('.json')).length}`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
