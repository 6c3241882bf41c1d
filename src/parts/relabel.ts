import type { InterfaceLocale } from '../i18n/interface-locale.js';
import type { MessageKey } from '../i18n/keys.js';
import { directionOf } from '../i18n/languages.js';

/**
 * Puts the interface labels, the date and the reading time of contract markup into the
 * interface locale, touching nothing else (text only changes where it differs).
 */
export function relabelMarkup(article: Element, ui: InterfaceLocale): void {
  const articleDir = directionOf(article.getAttribute('lang') ?? ui.locale);
  const put = (element: HTMLElement, text: string, lang: string) => {
    if (element.textContent!.replace(/\s+/g, ' ').trim() !== text) element.textContent = text;
    if (element.lang !== lang) element.lang = lang;
    const dir = directionOf(lang) === articleDir ? '' : directionOf(lang);
    if (element.dir !== dir) {
      if (dir) element.dir = dir;
      else element.removeAttribute('dir');
    }
  };
  for (const element of article.querySelectorAll<HTMLElement>('[data-dw-label]')) {
    // A key the strings do not have (markup from elsewhere) comes back as itself, as i18next does.
    const label = ui.label(element.dataset.dwLabel! as MessageKey);
    put(element, label.text, label.lang);
  }
  const time = article.querySelector<HTMLElement>('.dw-published time[datetime]');
  if (time && !Number.isNaN(Date.parse(time.getAttribute('datetime')!))) {
    const zone = time.dataset.dwTimeZone;
    put(time, ui.date(time.getAttribute('datetime')!, zone), ui.locale);
  }
  const readingTime = article.querySelector<HTMLElement>('.dw-reading-time[data-dw-minutes]');
  const minutes = Number(readingTime?.dataset.dwMinutes);
  if (readingTime && Number.isInteger(minutes) && minutes > 0) {
    const label = ui.plural('article.readingTime', minutes);
    put(readingTime, label.text, label.lang);
  }
}
