// The package as a user would install it (run after `npm run build`): `npm pack` lists only
// what a user needs, `publint` and `@arethetypeswrong/cli` (ESM only: the package has no
// CommonJS entry) report nothing. Exits non-zero on any finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', ...options });
const problems = [];

// 1. What is packed: the built package, the command, types, licence and README; nothing else.
const [pack] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
const files = pack.files.map((file) => file.path);
const allowed = [
  /^dist\/src\/.+\.(js|d\.ts|json)$/,
  /^dist\/src\/assets\/placeholder\.svg$/,
  /^dist\/locales\/[a-z]{2}(-[A-Za-z0-9]+)?\.json$/,
  /^dist\/bundle\/[\w.-]+\.(js|json|svg)$/,
  /^dist\/(custom-elements|vscode\.html-custom-data|vscode\.css-custom-data)\.json$/,
  /^dist\/jsx\.d\.ts$/,
  /^types\/react\.(js|d\.ts)$/,
  /^bin\/dw-article\.mjs$/,
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
];
for (const file of files)
  if (!allowed.some((pattern) => pattern.test(file))) problems.push(`packed but not needed: ${file}`);
// The README is read by people who installed the package (on npm, in node_modules): a relative
// link must name a file they have; the repository's own files are linked by their URL.
for (const [, target] of readFileSync('README.md', 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
  if (/^(https?:|#|mailto:)/.test(target)) continue;
  if (!files.includes(target.replace(/^\.\//, '').replace(/#.*$/, '')))
    problems.push(`README links to ${target}, which is not in the package`);
}
const required = [
  'dist/src/index.js',
  'dist/src/index.d.ts',
  'dist/src/hydrate.js',
  'dist/src/server/index.js',
  'dist/src/server/render.js',
  'dist/src/react/dw-article.js',
  'dist/src/react/server-markup.js',
  'dist/src/react/server-markup.browser.js',
  'dist/src/document/seed-article.json',
  'dist/src/assets/placeholder.svg',
  'dist/locales/de.json',
  'dist/bundle/dw-article.js',
  'dist/bundle/dw-article-hydrate.js',
  'dist/custom-elements.json',
  'dist/vscode.html-custom-data.json',
  'dist/jsx.d.ts',
  'types/react.d.ts',
  'bin/dw-article.mjs',
  'LICENSE',
  'README.md',
];
for (const file of required) if (!files.includes(file)) problems.push(`missing from the package: ${file}`);
console.log(
  `npm pack: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`,
);

// 2. publint, strict: warnings count too.
try {
  console.log(run('npx', ['publint', '--strict']).trim());
} catch (error) {
  problems.push(`publint:\n${error.stdout}${error.stderr}`);
}

// 3. Are the types wrong? On the tarball a user would get.
const dir = mkdtempSync(join(tmpdir(), 'dw-article-pack-'));
try {
  const [tarball] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
  run('npx', ['attw', join(dir, tarball.filename), '--profile', 'esm-only', '--format', 'ascii']);
  console.log('attw: no problems (ESM only)');
} catch (error) {
  problems.push(`attw:\n${error.stdout}${error.stderr}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
