/**
 * The entry point for pages whose `<dw-article>` was rendered on the server: Lit's hydration
 * support, loaded before Lit itself, so the element takes over the server's shadow DOM as it
 * is (no second render, no flash, focus kept) instead of rendering it again. Everything else
 * is `index.js`. Pages rendered in the browser do not need it (about 2 KB gzip).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
