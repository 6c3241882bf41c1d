import { css } from 'lit';

/** The shadow root's styles: the frame and the skip links. */
export const styles = css`
  :host {
    --_text: var(--dw-article-text-color, #1a1a1a);
    --_muted: var(--dw-article-muted-color, #4a4f55);
    --_background: var(--dw-article-background, #ffffff);
    --_accent: var(--dw-article-accent-color, #0b3d91);
    --_focus: var(--dw-article-focus-color, #0b3d91);
    --_measure: var(--dw-article-measure, 42rem);

    display: block;
    position: relative;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--dw-article-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    line-height: 1.6;
  }

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
    margin: 0.375rem;
    padding: 0.75rem 1rem;
    color: #ffffff;
    background: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    outline: 3px solid var(--_background);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus);
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
    box-shadow: none;
    outline: none;
  }

  .content {
    max-inline-size: var(--_measure);
    margin-inline: auto;
    padding: 0 1rem 2rem;
  }

  @media (forced-colors: active) {
    .skip-links a {
      outline: 3px solid CanvasText;
      box-shadow: none;
    }
  }
`;
