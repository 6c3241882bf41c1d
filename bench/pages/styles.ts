// The same CSS as dw-article's, for the pages that are not dw-article: its host styles (the
// colour variables) on `.bench-host`, and its article styles.
import { contentStyles } from '../../src/parts/article.styles.js';
import { styles } from '../../src/dw-article.styles.js';

const host = styles.cssText.replace(/:host\(([^)]*)\)/g, '.bench-host$1').replace(/:host/g, '.bench-host');
const content = contentStyles.cssText.replace(/:where\(dw-article\)/g, '.bench-host');
const sheet = new CSSStyleSheet();
// dw-article's column (its shadow root's `.content`), and the page margin of the other pages.
const column = 'body { margin: 0; } .bench-host { max-inline-size: 42rem; margin-inline: auto; padding: 0 1rem 2rem; }';
sheet.replaceSync(`${host}\n${content}\n${column}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
