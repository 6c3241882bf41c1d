// The reader settings' values and how they are kept: loaded with the element, while the
// settings control itself (reader-settings.ts) is loaded on first use.
export const textSizes = [100, 125, 150, 175, 200] as const;
export const lineSpacings = ['normal', 'relaxed', 'loose'] as const;
/** The article's line height for each line spacing. */
export const lineHeights: Record<(typeof lineSpacings)[number], number> = { normal: 1.6, relaxed: 1.9, loose: 2.2 };
export const themes = ['system', 'light', 'dark', 'sepia'] as const;

export interface ReaderSettings {
  /** Percent of the normal text size. */
  textSize: (typeof textSizes)[number];
  lineSpacing: (typeof lineSpacings)[number];
  /** `system` follows `prefers-color-scheme`. */
  theme: (typeof themes)[number];
}

export interface DwSettingsChangeDetail {
  settings: ReaderSettings;
}

const key = 'dw-article-settings';

/** The reader's settings kept for this site, if any; blocked or broken storage gives none. */
export function loadSettings(): ReaderSettings | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<ReaderSettings> | null;
    if (
      saved &&
      (textSizes as readonly unknown[]).includes(saved.textSize) &&
      (lineSpacings as readonly unknown[]).includes(saved.lineSpacing) &&
      (themes as readonly unknown[]).includes(saved.theme)
    ) {
      return saved as ReaderSettings;
    }
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
