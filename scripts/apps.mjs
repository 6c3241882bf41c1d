// The fresh apps (apps/*): each copied to a folder of its own outside the repository, where it
// installs the packed tarball (as `npm install dw-article` would, its other packages from its
// own lock file) and builds with its framework's production build. Prints what each build took
// and what the app's pages load; tests/apps/ then checks them in Chromium. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const appsDir = process.env.APPS_DIR ?? join(tmpdir(), 'dw-article-apps');
const only = process.argv.slice(2);
const apps = readdirSync('apps').filter((name) => existsSync(join('apps', name, 'package.json')));

/** What each app gets beside its own files: the project's rich test fixture and a test locale. */
const fixtures = {
  vite: {
    'src/article.json': 'rich-test-fixture.json',
    'public/test-fixture.svg': 'test-fixture.svg',
    'src/it.json': '../it-test-locale.json',
    'public/favicon.ico': '../favicon.svg',
  },
  next: {
    'article.json': 'rich-test-fixture.json',
    'public/test-fixture.svg': 'test-fixture.svg',
    'app/icon.svg': '../favicon.svg',
  },
  eleventy: {
    'article.json': 'rich-test-fixture.json',
    'test-fixture.svg': 'test-fixture.svg',
    'it.json': '../it-test-locale.json',
    'favicon.ico': '../favicon.svg',
  },
};

function run(command, args, cwd) {
  const started = performance.now();
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - started) / 1000;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every file under `dir` whose name matches. */
function files(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((file) => pattern.test(file) && statSync(file).isFile());
}

/** The JavaScript a page's HTML loads up front (its script tags and module preloads), min+gzip. */
function pageScripts(html, root, prefix = '/') {
  const sources = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:modulepreload|preload)"[^>]*\shref)="([^"]+\.js)"/g),
  ].map(([, src]) => src);
  const unique = [...new Set(sources)].filter((src) => src.startsWith(prefix) || !src.startsWith('http'));
  return unique.reduce(
    (sum, src) =>
      sum + gzip(join(root, src.replace(/^\/(_next\/)?/, (m, next) => (next ? '.next/' : '')).replace(/^\.\//, ''))),
    0,
  );
}

const measures = {
  vite(dir) {
    const assets = files(join(dir, 'dist/assets'), /\.(js|css)$/);
    const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    return {
      'JS + CSS the page loads up front (min+gzip)': kb(
        pageScripts(html, join(dir, 'dist')) +
          files(join(dir, 'dist/assets'), /\.css$/).reduce((s, f) => s + gzip(f), 0),
      ),
      'files Vite emitted': assets.map((file) => `${relative(join(dir, 'dist'), file)} ${kb(gzip(file))}`).join(', '),
    };
  },
  next(dir) {
    const chunks = files(join(dir, '.next/static/chunks'), /\.js$/);
    const page = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8');
    return {
      'JS the server-rendered page loads up front (min+gzip)': kb(pageScripts(page, dir, '/_next/')),
      'all client chunks (min+gzip)': kb(chunks.reduce((sum, file) => sum + gzip(file), 0)),
      'server-rendered page HTML (gzip)': kb(gzipSync(page).length),
    };
  },
  eleventy(dir) {
    const page = join(dir, '_site/index.html');
    // One file: the element, Lit, valibot and the reader of server markup (no chunk of its own).
    const entry = join(dir, '_site/dw/dw-article-hydrate.js');
    return {
      'page HTML (gzip)': kb(gzipSync(readFileSync(page)).length),
      'the element script, dw-article-hydrate.js (min+gzip)': kb(gzip(entry)),
    };
  },
};

mkdirSync(appsDir, { recursive: true });
// The tarball, exactly what `npm publish` would upload (already built: no prepack run here).
const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', appsDir], {
  encoding: 'utf8',
});
const [{ filename }] = JSON.parse(packed);
cpSync(join(appsDir, filename), join(appsDir, 'dw-article.tgz'));

const report = {};
for (const app of apps.filter((name) => !only.length || only.includes(name))) {
  const dir = join(appsDir, app);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join('apps', app), dir, {
    recursive: true,
    filter: (source) => !/node_modules|\.next|_site|dist$/.test(source),
  });
  for (const [target, source] of Object.entries(fixtures[app] ?? {})) {
    const from = source.startsWith('../') ? join('apps', source.slice(3)) : join('demo/public/articles', source);
    mkdirSync(join(dir, target, '..'), { recursive: true });
    cpSync(from, join(dir, target));
  }
  // The lock pins everything but the package under test: its entry goes, so npm reads the
  // tarball just packed (with it, npm would take the lock's integrity and its own cached copy).
  const lockFile = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  delete lock.packages['node_modules/dw-article'];
  writeFileSync(lockFile, JSON.stringify(lock, null, 2));
  console.log(`\n== ${app}: npm install (the tarball, the rest from the app's lock file), then its build`);
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  const build = run('npm', ['run', 'build', '--silent'], dir);
  report[app] = { 'npm install (s)': install.toFixed(1), 'build (s)': build.toFixed(1), ...measures[app](dir) };
}
writeFileSync(join(appsDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log('\nThe apps, as their own tools built them:');
for (const [app, figures] of Object.entries(report)) {
  console.log(`  ${app}`);
  for (const [name, value] of Object.entries(figures)) console.log(`    ${name}: ${value}`);
}
