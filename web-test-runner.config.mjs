// Component tests: the TypeScript source, served by the dev server, in a real Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

export default {
  files: ['tests/unit/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: requireChromium(), headless: true, args: chromiumArgs },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
