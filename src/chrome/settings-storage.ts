import { isReaderSettings, type ReaderSettings } from '../reader-settings.js';

const key = 'dw-article-settings';

/** The reader's settings kept for this site, if any; blocked or broken storage gives none. */
export function loadSettings(): ReaderSettings | undefined {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
    if (isReaderSettings(saved)) return saved;
  } catch {
    // Storage blocked (private mode, sandboxed frames) or unreadable: the defaults stand.
  }
  return undefined;
}

/** Keeps the reader's settings for this site; silently does nothing when storage is refused. */
export function saveSettings(settings: ReaderSettings): void {
  try {
    localStorage.setItem(key, JSON.stringify(settings));
  } catch {
    // Full or blocked: the settings last for this page only.
  }
}
