import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal } from 'lit/static-html.js';
import type { Inline } from '../document/schema.js';
import type { Label } from '../i18n/interface-locale.js';
import type { MessageKey } from '../i18n/keys.js';
import { directionOf, type Direction } from '../i18n/languages.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The static tag for a heading level, for `lit/static-html.js` templates. */
export function headingTag(level: number) {
  return headingTags[Math.min(6, Math.max(1, level)) - 1];
}

/** `lang` for a run, left out where it repeats what the run inherits. */
export function langIf(lang: string | undefined, inherited: string): string | undefined {
  return lang === undefined || lang === inherited ? undefined : lang;
}

/** `dir` for a run, left out where it repeats the direction the run inherits. */
export function dirIf(lang: string | undefined, inherited: string): Direction | undefined {
  if (lang === undefined) return undefined;
  const dir = directionOf(lang);
  return dir === directionOf(inherited) ? undefined : dir;
}

/**
 * An interface label inside the article: its own language and direction, isolated. Its class
 * `dw-remark` tells reader modes (Mozilla Readability's "unlikely candidates") it is not article text.
 */
export function uiRun(label: Label, articleLang: string, attributes: { key?: MessageKey; className?: string } = {}) {
  return html`<span
    class=${attributes.className ? `dw-remark ${attributes.className}` : 'dw-remark'}
    data-dw-label=${attributes.key ?? nothing}
    lang=${label.lang}
    dir=${ifDefined(dirIf(label.lang, articleLang))}
    >${label.text}</span
  >`;
}

// Characters that change the direction of what follows them: a run holding one is isolated, so
// it cannot reorder the text around it.
const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Runs of article text, each element with its own language and (where it changes) direction,
 * every string bound as text. Links carry `hreflang` when the document knows the target's language.
 */
export function runs(list: readonly Inline[], inherited: string): (string | TemplateResult)[] {
  return list.map((run) => inline(run, inherited));
}

function inline(run: Inline, inherited: string): string | TemplateResult {
  if (typeof run === 'string') return bidiControls.test(run) ? html`<bdi>${run}</bdi>` : run;
  if (run.type === 'br') return html`<br />`;
  const lang = run.lang ?? inherited;
  const langAttr = run.type === 'span' ? lang : langIf(run.lang, inherited);
  const dir = dirIf(run.lang, inherited);
  const children = runs(run.children, lang);
  switch (run.type) {
    case 'em':
      return html`<em lang=${ifDefined(langAttr)} dir=${ifDefined(dir)}>${children}</em>`;
    case 'strong':
      return html`<strong lang=${ifDefined(langAttr)} dir=${ifDefined(dir)}>${children}</strong>`;
    case 'q':
      return html`<q lang=${ifDefined(langAttr)} dir=${ifDefined(dir)}>${children}</q>`;
    case 'span':
      return html`<span lang=${lang} dir=${ifDefined(dir)}>${children}</span>`;
    case 'abbr':
      return html`<abbr title=${run.title} lang=${ifDefined(langAttr)} dir=${ifDefined(dir)}>${children}</abbr>`;
    case 'link':
      return html`<a href=${run.href} hreflang=${ifDefined(run.hreflang)} lang=${ifDefined(langAttr)} dir=${ifDefined(dir)}
        >${children}</a
      >`;
  }
}
