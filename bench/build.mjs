// Builds the benchmark's five pages into dist/bench/pages/ (after `npm run build`): the static
// floor, the bare Lit + i18next element, dw-article server-rendered and client-rendered, and
// React 19; all showing the seed article with the same CSS.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { renderArticle } from '../dist/src/server/index.js';

const out = 'dist/bench';
await build({ configFile: 'bench/vite.config.ts' });
cpSync('dist/bundle', `${out}/bundle`, { recursive: true });
cpSync('src/assets', `${out}/assets`, { recursive: true });

const seed = JSON.parse(readFileSync('src/document/seed-article.json', 'utf8'));
const ready = `<script type="module" src="./dw-hooks.js"></script>\n</head>`;
// The floor: the server's page, with no script at all.
writeFileSync(`${out}/pages/floor.html`, renderArticle(seed));
// Server-rendered, then hydrated by the hydration bundle.
writeFileSync(
  `${out}/pages/ssr.html`,
  renderArticle(seed, { script: '../bundle/dw-article-hydrate.js' }).replace('</head>', ready),
);
// Client-rendered from the JSON document (the built-in article) by the single-file bundle.
writeFileSync(
  `${out}/pages/csr.html`,
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: dw-article, client-rendered</title>
<style>body { margin: 0; }</style>
<script type="module" src="../bundle/dw-article.js"></script>
${ready}
<body><dw-article><main></main></dw-article></body>
</html>
`,
);
console.log(`Benchmark pages in ${out}/pages/: floor, bare, ssr, csr, react`);
