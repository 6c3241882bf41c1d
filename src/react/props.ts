import type { EventName, ReactWebComponent } from '@lit/react';
import type { ComponentProps } from 'react';
import type { DwArticle } from '../dw-article.js';
import type { DwEventDetails } from '../events.js';

type Named<K extends keyof DwEventDetails> = EventName<CustomEvent<DwEventDetails[K]>>;

/** The element's events as React props: `onDwLoad={(event) => event.detail.source}`. */
export const events = {
  onDwLoad: 'dw-load' as Named<'dw-load'>,
  onDwError: 'dw-error' as Named<'dw-error'>,
  onDwLocaleChange: 'dw-locale-change' as Named<'dw-locale-change'>,
  onDwLocaleError: 'dw-locale-error' as Named<'dw-locale-error'>,
  onDwSettingsChange: 'dw-settings-change' as Named<'dw-settings-change'>,
};

/** The props: the element's properties (`article`, `locale`, `headingLevel`, ...), its events, HTML attributes. */
export type DwArticleProps = Omit<
  ComponentProps<ReactWebComponent<DwArticle, typeof events>>,
  'children' | 'dangerouslySetInnerHTML'
>;
