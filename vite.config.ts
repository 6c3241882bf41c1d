import { defineConfig } from 'vite';

// The single-file bundles for a plain `<script type="module">` page: the element with Lit,
// i18next and valibot inside, minified; every locale but English stays a file of its own,
// fetched only when used. `vite build` makes `dw-article.js`; with
// `--mode hydrate`, `dw-article-hydrate.js`, the same plus Lit's hydration support, for pages
// rendered on the server. (Vite's library mode is not used: it leaves ES output unminified
// and inlines the image.)
export default defineConfig(({ mode }) => {
  const hydrate = mode === 'hydrate';
  return {
    publicDir: false,
    base: './',
    build: {
      outDir: 'dist/bundle',
      emptyOutDir: !hydrate,
      target: 'es2022',
      assetsInlineLimit: 0,
      rollupOptions: {
        input: hydrate ? 'src/hydrate.ts' : 'src/index.ts',
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: hydrate ? 'dw-article-hydrate.js' : 'dw-article.js',
          chunkFileNames: '[name]-[hash].js',
          // One file for everything but what is loaded on first use: the features, the reader of
          // server markup, i18next and every locale but English. The entry is that file itself
          // (`allow-extension` above lets it also export what the lazy chunks import from it),
          // not a facade re-exporting a chunk: a page's one script tag loads it in one request.
          // A server-rendered page (the hydrate bundle) always reads its markup back: there the
          // reader is in the one chunk, not a second round trip after the script.
          manualChunks: (id: string) =>
            /src\/(chrome\/dw-(read-aloud|reader-settings)|document\/import-[a-z]+)\.ts$/.test(id) ||
            (!hydrate && /src\/document\/read-markup\.ts$/.test(id)) ||
            /locales\/(?!en\.json)[\w-]+\.json$/.test(id) ||
            /node_modules\/i18next\//.test(id)
              ? undefined
              : 'main',
          assetFileNames: '[name]-[hash][extname]',
        },
      },
    },
  };
});
