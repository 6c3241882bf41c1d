import type { InterfaceLocale, Label } from '../i18n/interface-locale.js';

/**
 * "Copy link": copies the short link beside `button`, or, when the clipboard is refused,
 * selects it. Confirms it visibly beside the button (hidden from screen readers, which hear
 * the returned message in the status line instead); `undefined` when there is no link.
 */
export async function copyLink(button: Element, ui: InterfaceLocale): Promise<Label | undefined> {
  const link = button.closest('.dw-short-link')?.querySelector('a');
  if (!link) return undefined;
  let key: 'article.linkCopied' | 'article.linkSelected' = 'article.linkCopied';
  try {
    await navigator.clipboard.writeText(link.href);
  } catch {
    const range = document.createRange();
    range.selectNodeContents(link);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    key = 'article.linkSelected';
  }
  const message = ui.label(key);
  let confirmation = button.parentElement!.querySelector<HTMLElement>('.dw-copy-confirmation');
  if (!confirmation) {
    confirmation = document.createElement('span');
    confirmation.className = 'dw-copy-confirmation';
    confirmation.setAttribute('aria-hidden', 'true');
    button.after(confirmation);
  }
  confirmation.textContent = message.text;
  confirmation.lang = message.lang;
  return message;
}

/** Takes away confirmations in a language the interface no longer speaks. */
export function removeCopyConfirmations(root: ParentNode): void {
  for (const stale of root.querySelectorAll('.dw-copy-confirmation')) stale.remove();
}
