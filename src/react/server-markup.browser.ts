/**
 * `#server-markup` in the browser (every condition but `node`): no markup to make, and the
 * element registered with Lit's hydration support, to take over what the server rendered.
 */
import '../hydrate.js';
import type { DwArticleProps } from './props.js';

export function serverMarkup(_props: DwArticleProps): Record<string, unknown> | undefined {
  return undefined;
}
