import { defineConfig } from 'vite';

// The single-file bundle for a plain `<script type="module">` page: the element with Lit,
// i18next and valibot inside, minified. German stays a separate chunk, loaded only when used.
// (Vite's library mode is not used: it leaves ES output unminified and inlines the image.)
export default defineConfig({
  publicDir: false,
  base: './',
  build: {
    outDir: 'dist/bundle',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: 'src/index.ts',
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: 'dw-article.js',
        chunkFileNames: '[name]-[hash].js',
        assetFileNames: '[name]-[hash][extname]',
      },
    },
  },
});
