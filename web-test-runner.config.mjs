// Component tests: the TypeScript source, served by the dev server, in Chromium, Firefox and
// WebKit (scripts/engines.mjs; ENGINES=chromium runs one).
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browsers } from './scripts/engines.mjs';

/**
 * The server renderer, from the TypeScript source (no `npm run build` needed): bundled once
 * on first use into node_modules/.cache/, two levels below the project, so its own
 * `../../locales/` still finds the locale files.
 */
let serverRenderer;
async function renderOnServer(options, fixture) {
  if (!serverRenderer) {
    const outfile = 'node_modules/.cache/dw-article-test-server-render.mjs';
    await build({
      entryPoints: ['src/server/render.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
    serverRenderer = import(new URL(outfile, import.meta.url).href);
  }
  const file = fixture ? `demo/public/articles/${fixture}.json` : 'src/document/seed-article.json';
  return (await serverRenderer).renderArticle(JSON.parse(readFileSync(file, 'utf8')), options);
}

export default {
  files: ['tests/component/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }),
    // What a screen reader is given: Chromium's accessibility tree.
    a11ySnapshotPlugin(),
  ],
  browsers: browsers(),
  // Test-only server behaviour: `/__test__/server-render?locale=de` answers with the seed (or
  // `&fixture=rich-test-fixture`, one of the demo's) as the server renders it; `/__test__/status?code=500` answers with that status, and any
  // request with `?delay=ms` (that one too) is answered that much later (loading states, aborts).
  middleware: [
    async (context, next) => {
      const delay = Number(context.query.delay);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
      if (context.path === '/__test__/server-render') {
        // The seed rendered on the server, as the element alone, for the hydration tests.
        context.type = 'text/html';
        const fixture = /^[\w-]+$/.test(context.query.fixture ?? '') ? context.query.fixture : undefined;
        context.body = await renderOnServer({ fragment: true, locale: context.query.locale ?? 'en' }, fixture);
        return;
      }
      if (context.path === '/__test__/status') {
        context.status = Number(context.query.code);
        context.body = 'test status';
        return;
      }
      return next();
    },
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 60000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
