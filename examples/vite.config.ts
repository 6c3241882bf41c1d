import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The React 19 and Vue 3 examples, built as an app would build them: `dw-article` is imported
// by its package name (the package's own exports, after `npm run build`). The plain-HTML
// example needs no build. React's JSX is compiled by Vite itself (no plugin needed to build).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dw-') } } })],
  build: {
    outDir: fileURLToPath(new URL('../dist/examples', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        react: fileURLToPath(new URL('react/index.html', import.meta.url)),
        vue: fileURLToPath(new URL('vue/index.html', import.meta.url)),
      },
    },
  },
});
