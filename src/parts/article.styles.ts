import { css } from 'lit';
import { controlBox, disclosureArrow } from '../chrome/controls.styles.js';

/**
 * Styles for the article content, which lives in the light DOM (so reader modes, fragment
 * links and translation tools see it). Every selector is scoped under `dw-article` and the
 * `dw-` classes, so the rest of the page is left alone; `:where()` keeps them easy to override.
 */
export const contentStyles = css`
  /* The reader's text size and line spacing (set on the host by the settings). */
  :where(dw-article) .dw-article {
    overflow-wrap: break-word;
    font-size: calc(1rem * var(--_dw-scale, 1));
    line-height: var(--_dw-leading, 1.6);
  }

  /* The passage being read aloud: shown, not announced. */
  :where(dw-article) .dw-speaking {
    outline: 2px dashed var(--_dw-accent);
    outline-offset: 0.25em;
  }

  :where(dw-article) .dw-toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block: 0.75rem;
  }

  :where(dw-article) .dw-headline {
    margin-block: 1em 0.5em;
    font-size: clamp(1.75em, 1.3em + 2vw, 2.5em);
    line-height: 1.2;
  }

  :where(dw-article) .dw-headline:focus-visible {
    outline: 3px solid var(--_dw-focus);
    outline-offset: 4px;
  }

  :where(dw-article) .dw-published,
  :where(dw-article) .dw-short-link,
  :where(dw-article) .dw-credits {
    margin-block: 0.5em;
    color: var(--_dw-muted);
    font-size: 0.9375em;
  }

  :where(dw-article) .dw-teaser {
    margin-block: 1em;
    font-size: 1.1875em;
    font-weight: 600;
  }

  /* A flex row keeps the gap between label and link on the right side in either direction. */
  :where(dw-article) .dw-short-link {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
  }

  :where(dw-article) .dw-short-link a {
    overflow-wrap: anywhere;
  }

  :where(dw-article) :is(.dw-copy-link, .dw-lazy-control) {
    ${controlBox}
    cursor: pointer;
  }

  :where(dw-article) :is(.dw-copy-link, .dw-lazy-control):focus-visible {
    outline: 3px solid var(--_dw-focus);
    outline-offset: 2px;
  }

  /* Until the reader settings are loaded, their button's stand-in has the same triangle. */
  :where(dw-article) .dw-lazy-control[aria-expanded]::after {
    ${disclosureArrow}
  }

  :where(dw-article) .dw-copy-confirmation {
    color: var(--_dw-muted);
  }

  :where(dw-article) .dw-article a {
    color: var(--_dw-accent);
  }

  :where(dw-article) .dw-article a:focus-visible {
    outline: 3px solid var(--_dw-focus);
    outline-offset: 2px;
  }

  :where(dw-article) .dw-figure {
    margin: 1.5em 0;
  }

  :where(dw-article) .dw-figure img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    background: #dfe5ec;
  }

  :where(dw-article) .dw-figure .dw-figcaption {
    margin-block-start: 0.5em;
    font-size: 0.9375em;
  }

  :where(dw-article) .dw-credit {
    display: block;
    color: var(--_dw-muted);
    font-size: 0.875em;
  }

  :where(dw-article) .dw-body :is(p, li) {
    margin-block: 0 1.1em;
    font-size: 1.0625em;
  }

  :where(dw-article) .dw-body :is(li p, blockquote p) {
    font-size: 1em;
  }

  :where(dw-article) .dw-subheading {
    margin-block: 1.5em 0.5em;
    line-height: 1.3;
  }

  :where(dw-article) :is(h2, h3).dw-subheading {
    font-size: 1.375em;
  }

  :where(dw-article) :is(h4, h5, h6).dw-subheading {
    font-size: 1.1875em;
  }

  :where(dw-article) .dw-list {
    margin-block: 0 1.1em;
    padding-inline-start: 1.5em;
  }

  :where(dw-article) .dw-list li {
    margin-block-end: 0.4em;
  }

  :where(dw-article) .dw-quote {
    margin-block: 1.5em;
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_dw-accent);
  }

  :where(dw-article) .dw-quote blockquote {
    margin: 0;
    font-size: 1.125em;
    font-style: italic;
  }

  /* Scripts without an italic tradition keep their upright letters. */
  :where(dw-article) .dw-quote blockquote:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(he), :lang(zh), :lang(ja), :lang(ko)) {
    font-style: normal;
  }

  :where(dw-article) .dw-attribution {
    color: var(--_dw-muted);
    font-size: 0.9375em;
  }

  /* The dash is decoration: screen readers get the name alone. */
  :where(dw-article) .dw-attribution::before {
    content: '— ';
    content: '— ' / '';
  }

  :where(dw-article) .dw-attribution cite {
    font-style: normal;
  }

  :where(dw-article) abbr[title] {
    text-decoration: underline dotted;
  }

  :where(dw-article) .dw-related {
    margin-block: 1.5em;
    padding: 0.75em 1em;
    border: 1px solid var(--_dw-muted);
    border-radius: 4px;
  }

  :where(dw-article) .dw-related-title {
    margin-block: 0 0.5em;
    font-size: 1em;
  }

  :where(dw-article) :is(.dw-related, .dw-alternates) ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  :where(dw-article) .dw-alternates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin-block: 0.5em;
    color: var(--_dw-muted);
    font-size: 0.9375em;
  }

  :where(dw-article) .dw-alternates ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    padding: 0;
    list-style: none;
  }

  :where(dw-article) .dw-status {
    margin-block: 1em;
    color: var(--_dw-muted);
  }

  :where(dw-article) .dw-status:empty {
    margin: 0;
  }

  :where(dw-article) .dw-error {
    margin-block: 1em 2em;
    padding: 1em 1.25em;
    border: 2px solid var(--_dw-danger);
    border-inline-start-width: 0.5em;
  }

  :where(dw-article) .dw-error .dw-headline {
    margin-block-start: 0;
    font-size: 1.5em;
  }

  :where(dw-article) .dw-issues {
    padding-inline-start: 1.25em;
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
  }

  /* On paper: no controls, the short link as its printed text, the figure kept whole. */
  @media print {
    :where(dw-article) :is(.dw-toolbar, .dw-copy-link, .dw-copy-confirmation, .dw-status) {
      display: none;
    }

    :where(dw-article) :is(.dw-figure, .dw-quote, .dw-related) {
      break-inside: avoid;
    }

    :where(dw-article) .dw-alternates {
      display: none;
    }

    :where(dw-article) .dw-article a {
      color: inherit;
      text-decoration: none;
    }
  }

  :where(dw-article) .dw-visually-hidden {
    position: absolute;
    clip-path: inset(50%);
    block-size: 1px;
    inline-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
`;

const styledRoots = new WeakSet<Document | ShadowRoot>();

/**
 * Gives the tree an element is in (the document, or a shadow root it sits in) the article's
 * styles, once: the article lives in the light DOM, where the element's own styles do not reach.
 */
export function adoptArticleStyles(element: Element): void {
  const root = element.getRootNode();
  if ((root instanceof Document || root instanceof ShadowRoot) && !styledRoots.has(root)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, contentStyles.styleSheet!];
    styledRoots.add(root);
  }
}
