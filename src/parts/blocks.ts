import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { headingId } from '../document/heading-ids.js';
import type { BodyBlock, TextPart } from '../document/schema.js';
import { inlineText, isTextPart } from '../document/text.js';
import type { InterfaceLocale } from '../i18n/interface-locale.js';
import { figure } from './figure.js';
import { dirIf, headingTag, langIf, runs } from './runs.js';

export interface BlockContext {
  /** The language the block inherits: the article's. */
  lang: string;
  /** The headline's level: a subheading of level 2 is one below it. */
  headingLevel: number;
  /** The element's unique prefix for ids of its own (the related-links heading). */
  idPrefix: string;
  ui: InterfaceLocale;
  /** Fragment ids used so far in this article, so each is unique. */
  ids: Set<string>;
  /** Whether an id is taken elsewhere on the page (another article there has the same subheading). */
  idTaken?: (id: string) => boolean;
  /** The level of the last subheading (1: the headline), so none skips a level. */
  lastLevel?: number;
}

/** `lang` and `dir` of a block that says its own language. */
function own(lang: string | undefined, inherited: string) {
  return { lang: langIf(lang, inherited), dir: dirIf(lang, inherited) };
}

function paragraph(block: TextPart | Extract<BodyBlock, { type: 'paragraph' }>, inherited: string): TemplateResult {
  // A paragraph of today's shape renders exactly as it always has.
  if (isTextPart(block)) {
    return html`<p lang=${ifDefined(langIf(block.lang, inherited))} dir=${ifDefined(dirIf(block.lang, inherited))}>${block.text}</p>`;
  }
  const { lang, dir } = own(block.lang, inherited);
  return html`<p lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${runs(block.children, block.lang ?? inherited)}</p>`;
}

/** One block of the body as light-DOM markup; its text bound as text, in its own language. */
export function bodyBlock(block: BodyBlock, context: BlockContext): TemplateResult {
  const inherited = context.lang;
  if (isTextPart(block) || block.type === 'paragraph') return paragraph(block, inherited);
  const lang = 'lang' in block ? block.lang : undefined;
  const attrs = own(lang, inherited);
  const inner = lang ?? inherited;
  switch (block.type) {
    case 'heading': {
      let id = block.id ? headingId(block.id, context.ids, true) : headingId(inlineText(block.children), context.ids);
      // Unique on the page too: the second article with the same subheading prefixes its own.
      if (context.idTaken?.(id)) context.ids.add((id = `${context.idPrefix}-${id}`));
      // A subheading never skips a level (an h4 right after the headline is shown as the h2 it is).
      const level = Math.min(block.level, (context.lastLevel ?? 1) + 1);
      context.lastLevel = level;
      const tag = headingTag(context.headingLevel + level - 1);
      return staticHtml`<${tag} class="dw-subheading" id=${id} lang=${ifDefined(attrs.lang)} dir=${ifDefined(attrs.dir)}>${runs(block.children, inner)}</${tag}>`;
    }
    case 'figure':
      return figure(block.image, context.ui, inherited);
    case 'quote':
      // The attribution is not a figcaption, for the reason figure.ts gives.
      return html`<figure class="dw-quote" lang=${ifDefined(attrs.lang)} dir=${ifDefined(attrs.dir)}>
        <blockquote>${block.paragraphs.map((p) => paragraph(p, inner))}</blockquote>
        ${
          block.attribution
            ? html`<div class="dw-attribution"><cite>${runs(block.attribution, inner)}</cite></div>`
            : nothing
        }
      </figure>`;
    case 'list': {
      const items = block.items.map(
        (item) =>
          html`<li lang=${ifDefined(langIf(item.lang, inner))} dir=${ifDefined(dirIf(item.lang, inner))}>${runs(item.children, item.lang ?? inner)}</li>`,
      );
      return block.ordered
        ? html`<ol class="dw-list" lang=${ifDefined(attrs.lang)} dir=${ifDefined(attrs.dir)}>${items}</ol>`
        : html`<ul class="dw-list" lang=${ifDefined(attrs.lang)} dir=${ifDefined(attrs.dir)}>${items}</ul>`;
    }
    case 'related': {
      const { ui } = context;
      const label = ui.label('article.related');
      const id = `${context.idPrefix}-related-${context.ids.size}`;
      context.ids.add(id);
      const tag = headingTag(context.headingLevel + 1);
      // Not a landmark (no name): an article may have several boxes, and its heading finds each.
      return html`<section class="dw-related">
        ${staticHtml`<${tag} class="dw-related-title" id=${id} data-dw-label="article.related" lang=${label.lang} dir=${ifDefined(dirIf(label.lang, inherited))}>${label.text}</${tag}>`}
        <ul>
          ${block.links.map(
            (link) =>
              html`<li>
                <a
                  href=${link.href}
                  hreflang=${ifDefined(link.hreflang)}
                  lang=${ifDefined(langIf(link.lang, inherited))}
                  dir=${ifDefined(dirIf(link.lang, inherited))}
                  >${link.text}</a
                >
              </li>`,
          )}
        </ul>
      </section>`;
    }
  }
}
