import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lineSpacings, textSizes, type ReaderSettings } from '../reader-settings.js';
import { loadSettings, saveSettings } from './settings-storage.js';

/** The host's properties that hold the settings: the page's defaults, then the reader's choices. */
type Host = ReactiveControllerHost &
  HTMLElement & { textSize: number; lineSpacing: ReaderSettings['lineSpacing']; theme?: 'light' | 'dark' | 'sepia' };

/**
 * The reader settings of one element: a choice kept for the site is applied on connect (it
 * wins over the page's attributes), a change in the settings control is applied and kept.
 */
export class ReaderSettingsController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
    host.addEventListener('dw-settings-change', (event) => {
      this.apply(event.detail.settings);
      saveSettings(event.detail.settings);
    });
  }

  hostConnected(): void {
    const saved = loadSettings();
    if (saved) this.apply(saved);
  }

  /** The settings in force, from the properties; a value out of range counts as the default. */
  get settings(): ReaderSettings {
    const { textSize, lineSpacing, theme } = this.host;
    return {
      textSize: (textSizes as readonly number[]).includes(textSize) ? (textSize as ReaderSettings['textSize']) : 100,
      lineSpacing: (lineSpacings as readonly string[]).includes(lineSpacing) ? lineSpacing : 'normal',
      theme: theme ?? 'system',
    };
  }

  private apply(settings: ReaderSettings): void {
    this.host.textSize = settings.textSize;
    this.host.lineSpacing = settings.lineSpacing;
    this.host.theme = settings.theme === 'system' ? undefined : settings.theme;
  }
}
