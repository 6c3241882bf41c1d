import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** A strict Content Security Policy with Trusted Types enforced. */
export const strictPolicy =
  "default-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const page = (name: string) => fileURLToPath(new URL(`${name}.html`, import.meta.url));

// The demo site: `npm start` serves it, `npm run build` writes it to dist/demo/, with relative
// URLs so the folder works wherever it is served. (Paths are this folder's, from any working directory.)
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/demo', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Keep the placeholder image a file: a data: URL is not an image URL documents may use.
    assetsInlineLimit: 0,
    rollupOptions: { input: { index: page('index'), 'two-articles': page('two-articles') } },
  },
  preview: {
    port: Number(process.env.DEMO_PORT ?? 4173),
    strictPort: true,
    // The built demo is served as a strict page would be: the component needs no exceptions.
    headers: { 'Content-Security-Policy': strictPolicy },
  },
});
