'use client';
// Registers the element, with Lit's hydration support, in the browser only.
import 'dw-article/hydrate.js';

export function Hydrate() {
  return null;
}
