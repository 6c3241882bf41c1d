import { css, unsafeCSS } from 'lit';
import { lineHeights, textSizes } from './reader-settings.js';

/** The reader's text size and line spacing, from the settings' own values, read by the article's styles. */
const readerSettings = unsafeCSS(
  [
    ...textSizes.map((size) => `:host([text-size='${size}']) { --_dw-scale: ${size / 100}; }`),
    ...Object.entries(lineHeights).map(
      ([spacing, height]) => `:host([line-spacing='${spacing}']) { --_dw-leading: ${height}; }`,
    ),
  ].join('\n'),
);

/**
 * The dark palette. Contrast on its background: text 16:1, muted text 10.1:1, links and focus
 * 8.8:1 (the light palette: 17.4, 8.3 and 10:1). The tests measure them on the page.
 */
const dark = css`
  --_dw-text: var(--dw-article-text-color, #eceff1);
  --_dw-muted: var(--dw-article-muted-color, #b9c1c9);
  --_dw-bg: var(--dw-article-background, #121416);
  --_dw-accent: var(--dw-article-accent-color, #8ab4ff);
  --_dw-focus: var(--dw-article-focus-color, #8ab4ff);
  --_dw-danger: #ff8a80;
  color-scheme: dark;
`;

/**
 * The shadow root's styles: the theme, the frame and the skip links. The `--_dw-*` properties
 * are private; they inherit into the light-DOM content, whose styles read them.
 */
export const styles = css`
  :host {
    --_dw-text: var(--dw-article-text-color, #1a1a1a);
    --_dw-muted: var(--dw-article-muted-color, #4a4f55);
    --_dw-bg: var(--dw-article-background, #ffffff);
    --_dw-accent: var(--dw-article-accent-color, #0b3d91);
    --_dw-focus: var(--dw-article-focus-color, #0b3d91);
    --_dw-danger: #a4161a;
    --_measure: var(--dw-article-measure, 42rem);
    color-scheme: light;

    display: block;
    position: relative;
    color: var(--_dw-text);
    background: var(--_dw-bg);
    font-family: var(--dw-article-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    line-height: 1.6;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  /* Sepia: text 13.5:1, muted text 7.2:1, links and focus 8.4:1 on its background. */
  :host([theme='sepia']) {
    --_dw-text: var(--dw-article-text-color, #2b2016);
    --_dw-muted: var(--dw-article-muted-color, #5c4a33);
    --_dw-bg: var(--dw-article-background, #f4ecd8);
    --_dw-accent: var(--dw-article-accent-color, #6b3500);
    --_dw-focus: var(--dw-article-focus-color, #6b3500);
    --_dw-danger: #8a1c14;
  }

  ${readerSettings}

  :host([hidden]) {
    display: none;
  }

  /*
   * A focused skip link takes its place at the top of the element, in the flow, rather than
   * floating over the host's header: it then covers none of the header's own links.
   */
  .skip-links a {
    display: block;
    inline-size: fit-content;
    margin: 0.5rem;
    padding: 0.75rem 1rem;
    color: var(--_dw-bg);
    background: var(--_dw-accent);
    font-weight: 700;
    text-decoration: underline;
    /* Focus Appearance (WCAG 2.4.13): 3px, with the page's background on both sides of it. */
    outline: 3px solid var(--_dw-focus);
    outline-offset: 2px;
  }

  /* Visually hidden until focused, yet still read and reachable. */
  .skip-links a:not(:focus) {
    position: absolute;
    margin: 0;
    clip-path: inset(50%);
    block-size: 1px;
    inline-size: 1px;
    overflow: hidden;
    padding: 0;
    white-space: nowrap;
    outline: none;
  }

  .content {
    max-inline-size: var(--_measure);
    margin-inline: auto;
    padding: 0 1rem 2rem;
  }

  @media print {
    .skip-links {
      display: none;
    }
  }

  /* Windows High Contrast: system colours, a visible border for the link's box. */
  @media (forced-colors: active) {
    .skip-links a {
      border: 2px solid LinkText;
      outline-color: Highlight;
    }
  }
`;
