'use client';
/**
 * `<DwArticle>` for React 19 (and Next.js): `dw-article/react`. One module everywhere (a React
 * Server Component refers to a client component by its file); what differs is `#server-markup`
 * (the package's `imports`): on the server (`node`) it renders the article into the markup
 * React sends, so the page shows it before (and without) JavaScript; in the browser it
 * registers the element with Lit's hydration support.
 *
 * Properties (`article`, `locale`, ...) are set on the element and its events heard through
 * `@lit/react`, after React has hydrated. Until then the element waits (`defer-hydration`), and
 * React leaves what is inside it alone (`dangerouslySetInnerHTML`, the same on both sides): the
 * server's markup is the element's own, which React could never reproduce, so React must not
 * compare it, and the element must not touch it before React has hydrated.
 */
import { serverMarkup } from '#server-markup';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { DwArticle as DwArticleElement } from '../dw-article.js';
import { events, type DwArticleProps } from './props.js';

const Wrapped = createComponent({
  react: React,
  tagName: 'dw-article',
  elementClass: DwArticleElement,
  events,
  displayName: 'DwArticleElement',
});

export type { DwArticleProps } from './props.js';

/** What React keeps inside the element: nothing of its own (the element renders it). */
const elementOwned = { __html: '' };

export const DwArticle = React.forwardRef<DwArticleElement, DwArticleProps>(function DwArticle(props, ref) {
  const server = serverMarkup(props);
  if (server) return React.createElement('dw-article', server);
  return React.createElement(Wrapped, {
    ...props,
    ref,
    'defer-hydration': '',
    dangerouslySetInnerHTML: elementOwned,
    suppressHydrationWarning: true,
  } as React.ComponentProps<typeof Wrapped>);
});

export type { DwArticle as DwArticleElement } from '../dw-article.js';
