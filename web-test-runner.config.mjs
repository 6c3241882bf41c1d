// Component tests: the TypeScript source, served by the dev server, in Chromium, Firefox and
// WebKit (scripts/engines.mjs; ENGINES=chromium runs one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { browsers } from './scripts/engines.mjs';

export default {
  files: ['tests/component/**/*.test.ts'],
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }),
    // What a screen reader is given: Chromium's accessibility tree.
    a11ySnapshotPlugin(),
  ],
  browsers: browsers(),
  // Test-only server behaviour: `/__test__/status?code=500` answers with that status, and any
  // request with `?delay=ms` is answered that much later (for loading states and aborts).
  middleware: [
    async (context, next) => {
      if (context.path === '/__test__/status') {
        context.status = Number(context.query.code);
        context.body = 'test status';
        return;
      }
      const delay = Number(context.query.delay);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
      return next();
    },
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 60000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
