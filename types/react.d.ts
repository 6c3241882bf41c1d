/**
 * JSX types for React 19, generated from the custom-elements manifest: add
 * `import type {} from 'dw-article/react-jsx';` once, and `<dw-article>` is typed in TSX, with its
 * attributes, properties and events (`ondw-load`, `ondw-error`, ...).
 */
import type { CustomElements } from '../dist/jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

export {};
