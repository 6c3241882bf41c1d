import { css } from 'lit';

/** How a control looks: a 44 px target in the theme's colours (shared with "Copy link"). */
export const controlBox = css`
  min-block-size: 2.75rem;
  padding-block: 0.25rem;
  padding-inline: 0.75rem;
  color: var(--_dw-text);
  background: var(--_dw-bg);
  border: 1px solid var(--_dw-muted);
  border-radius: 4px;
  font: inherit;
`;

/** The triangle after a disclosure button's label (the reader settings, and its stand-in). */
export const disclosureArrow = css`
  content: '';
  display: inline-block;
  margin-inline-start: 0.5em;
  border-inline: 0.3em solid transparent;
  border-block-start: 0.4em solid currentColor;
  vertical-align: middle;
`;

/**
 * The form controls of the toolbar elements (read aloud, settings, language): 44 px targets,
 * the theme's colours, and the same focus ring as everything else (3 px, 2 px off the control).
 */
export const controlStyles = css`
  :is(button, select) {
    ${controlBox}
  }
  button {
    cursor: pointer;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 2.75rem;
  }
  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_dw-accent);
  }
  :is(button, input, select):focus-visible {
    outline: 3px solid var(--_dw-focus);
    outline-offset: 2px;
  }
`;
