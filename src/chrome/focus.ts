/** The element that really has focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Moves keyboard focus to `target`, as a working skip link does. A target that cannot take
 * focus gets `tabindex="-1"` for the jump and loses it on blur; one with its own tabindex
 * keeps it. The next Tab continues from the target.
 */
export function moveFocusTo(target: HTMLElement): void {
  target.focus({ preventScroll: true });
  if (!hasFocus(target) && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    target.focus({ preventScroll: true });
  }
  scrollIntoViewClear(target);
}

function hasFocus(target: HTMLElement): boolean {
  const root = target.getRootNode() as Document | ShadowRoot;
  return root.activeElement === target;
}

/**
 * Scrolls `target` to the top of the viewport, then further down by whatever fixed or sticky
 * box (a host page's sticky header) still covers its top edge.
 */
export function scrollIntoViewClear(target: HTMLElement): void {
  target.scrollIntoView({ block: 'start', inline: 'nearest' });
  const rect = target.getBoundingClientRect();
  const y = Math.max(rect.top + 1, 0);
  let overlap = 0;
  for (const x of [rect.left + 1, rect.left + rect.width / 2, rect.right - 1]) {
    for (const covering of document.elementsFromPoint(x, y)) {
      if (covering === target || target.contains(covering) || covering.contains(target)) break;
      const pinned = pinnedAncestor(covering);
      if (pinned) overlap = Math.max(overlap, pinned.getBoundingClientRect().bottom - rect.top);
    }
  }
  if (overlap > 0) window.scrollBy({ top: -(overlap + 16), behavior: 'instant' });
}

function pinnedAncestor(element: Element): Element | undefined {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return undefined;
}
