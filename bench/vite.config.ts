import { defineConfig } from 'vite';

// The benchmark's comparison pages (the bare Lit + i18next element and React 19) and the
// hooks the dw-article pages use; bench/build.mjs writes the other pages around them.
export default defineConfig({
  root: 'bench/pages',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: '../../dist/bench/pages',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { bare: 'bench/pages/bare.html', react: 'bench/pages/react.html', 'dw-hooks': 'bench/pages/dw-hooks.ts' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
