// `cem analyze` (npm run build): the custom-elements manifest, from the classes' doc comments,
// and from it the editor support: VS Code's custom data and JSX types for React.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** The manifest describes the published modules (dist/src/*.js), not the TypeScript sources. */
const publishedPaths = {
  name: 'published-paths',
  packageLinkPhase({ customElementsManifest }) {
    const published = (path) => path?.replace(/^src\/(.*)\.ts$/, 'dist/src/$1.js');
    for (const module of customElementsManifest.modules) {
      module.path = published(module.path);
      for (const item of [...(module.exports ?? []), ...(module.declarations ?? [])]) {
        if (item.declaration?.module) item.declaration.module = published(item.declaration.module);
      }
    }
  },
};

/**
 * The JSX generator imports a type once per element that uses it (a duplicate identifier for
 * TypeScript when two elements fire the same event); each name is imported once here.
 */
const onceEachImport = {
  name: 'once-each-import',
  packageLinkPhase() {
    const file = 'dist/jsx.d.ts';
    const types = readFileSync(file, 'utf8').replace(/^import type \{([^}]*)\}/m, (_, names) => {
      const unique = [
        ...new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        ),
      ];
      return `import type { ${unique.join(', ')} }`;
    });
    writeFileSync(file, types);
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**', 'src/hydrate.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    publishedPaths,
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJsxPlugin({ outdir: 'dist', fileName: 'jsx.d.ts', globalTypePath: './src/index.js', hideLogs: true }),
    onceEachImport,
  ],
};
