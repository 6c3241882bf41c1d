// What a reader does with Orca on the demo, by key presses only: read the page from the top
// (say-all), follow each skip link, and switch the interface language. Each returns the records
// of what Orca spoke, step by step.
import { setTimeout as sleep } from 'node:timers/promises';
import { text } from './speech-log.mjs';

/** A page of the demo: its interface locale and, if not the built-in one, its article. */
export const pagePath = ({ path, locale, src }) => path ?? `?${src ? `src=${src}&` : ''}locale=${locale}`;

const switchSteps = {
  reach: 'Tab to the language menu',
  choose: 'Up (the language above, by name), and what the page announces',
  jump: 'p (the first letter of a name), and what the page announces',
};

/** Orca's own word that a page has loaded: "Finished loading <title>." */
const documentLoaded = (record) => record.parts?.some(([string]) => /^Finished loading\b/.test(string.trim()));

export class Reader {
  constructor({ desktop, log, browser, base }) {
    Object.assign(this, { desktop, log, browser, base });
  }

  /**
   * Reads one page as a reader does: say-all, then each skip link in `page.skipLinks` on a
   * fresh load, then (`page.switchLocale`) the switch to the next language. Returns the sections
   * of its transcript and what the checks need.
   */
  async readPage(page) {
    const result = { sections: [] };
    await this.open(pagePath(page));
    result.sayAll = await this.sayAll();
    result.sections.push(['Say-all from the top (ctrl+Home, KP_Add)', result.sayAll]);
    result.skipLinks = [];
    for (const n of page.skipLinks ?? []) {
      await this.reload();
      const walk = await this.skipLink(n);
      result.skipLinks.push(walk);
      result.sections.push([`Skip link ${n}: Tab × ${n}`, walk.link], [`Skip link ${n}: Enter`, walk.landed]);
    }
    if (page.switchLocale) {
      await this.reload();
      result.switch = await this.switchLocale();
      for (const [step, records] of Object.entries(result.switch))
        result.sections.push([`Locale switch: ${switchSteps[step]}`, records]);
    }
    await this.close();
    return result;
  }

  /** Starts the browser on a page of the demo and waits until Orca has read its arrival. */
  async open(path) {
    // A browser that starts but never shows Orca its page (seen once: Orca said "Chromium
    // frame" and nothing more) is started once more: no reading has begun yet.
    for (let start = 1; ; start++) {
      if (this.process) await this.close();
      const mark = this.log.mark();
      this.process = this.browser.launch(this.desktop, new URL(path, this.base).href);
      try {
        await this.log.until(mark, documentLoaded, `${this.browser.windowClass} to show ${path} to Orca`, 45000);
      } catch (error) {
        if (start === 2) throw error;
        continue;
      }
      await this.log.settle(mark, { quietMs: 1200 });
      break;
    }
    await this.desktop.focusWindow(this.browser.windowClass);
    await sleep(300);
  }

  async close() {
    this.desktop.stop(this.process);
    this.process = undefined;
    await sleep(500);
  }

  /** Presses keys and returns what Orca said in answer. */
  async press(keys, options) {
    const mark = this.log.mark();
    this.desktop.key(...keys.split(' '));
    return this.log.settle(mark, { what: `Orca to answer ${keys}`, ...options });
  }

  /** Reloads the page and waits until Orca has read it again. */
  async reload() {
    const mark = this.log.mark();
    this.desktop.key('F5');
    await this.log.until(mark, documentLoaded, 'the reloaded page', 30000);
    await this.log.settle(mark, { quietMs: 1200 });
  }

  /** Say-all from the top: ctrl+Home in browse mode, then Orca's say-all key (KP_Add). */
  async sayAll() {
    await this.press('ctrl+Home');
    const mark = this.log.mark();
    this.desktop.key('KP_Add');
    const records = await this.log.until(mark, (record) => record.kind === 'say-all-end', 'say-all to finish', 90000);
    return records.filter((record) => record.kind === 'say-all' || record.kind === 'say-all-end');
  }

  /**
   * Tab to skip link `n` (1–3) on a freshly loaded page, then Enter: what is said at each. A
   * link that goes nowhere may leave Orca silent: the checks then say so, by name.
   */
  async skipLink(n) {
    let link;
    for (let i = 0; i < n; i++) link = await this.press('Tab');
    const landed = await this.press('Return', { silenceAllowed: true });
    return { n, link, landed };
  }

  /**
   * Switches the interface language as a keyboard reader does: Tab until Orca says the language
   * menu (a combo box; Orca turns to focus mode there by itself), then Up to the language above
   * (the list is ordered by name: Deutsch is above English), which the page applies at once, and
   * what the page announces; then, as a reader looks for their language among 31, its first
   * letter (p: Polski).
   */
  async switchLocale() {
    const reach = [];
    for (let tabs = 0; !reach.some((record) => /combo box/.test(text(record))); tabs++) {
      if (tabs === 20) throw new Error('20 Tabs without reaching the language menu');
      reach.push(...(await this.press('Tab')));
    }
    const choose = await this.press('Up', { quietMs: 2500 });
    const jump = await this.press('p', { quietMs: 2500 });
    // Firefox sometimes first repeats the menu's old value ("English"), depending on the order
    // its events reach Orca: not the page's doing, and left out so the transcript holds still.
    for (const [before, after] of [
      [reach, choose],
      [choose, jump],
    ]) {
      const said = new Set(before.flatMap((record) => record.parts?.map(([string]) => string.trim()) ?? []));
      while (after.length && after[0].parts?.every(([string]) => said.has(string.trim()))) after.shift();
    }
    return { reach, choose, jump };
  }
}
