// The reader settings' values, shared by the element's styles, its controls and its events.
// The element needs them from the start (to apply a kept choice); the settings control
// (chrome/dw-reader-settings.ts) is loaded on first use.
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

/** Whether `value` is a complete, valid set of settings (what storage gives back may not be). */
export function isReaderSettings(value: unknown): value is ReaderSettings {
  const settings = value as Partial<ReaderSettings> | null;
  return (
    !!settings &&
    (textSizes as readonly unknown[]).includes(settings.textSize) &&
    (lineSpacings as readonly unknown[]).includes(settings.lineSpacing) &&
    (themes as readonly unknown[]).includes(settings.theme)
  );
}
