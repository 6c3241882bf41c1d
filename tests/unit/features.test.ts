import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { DwArticle } from '../../src/dw-article.js';
import { deepActiveElement } from '../../src/focus.js';
import { loadFeature } from '../../src/features.js';
import { axeViolations, itInChromium } from './helpers.js';

// These tests are about the features themselves, so they are loaded first; loading them on
// first use is tested in lazy.test.ts.
before(() => Promise.all([loadFeature('dw-read-aloud'), loadFeature('dw-reader-settings')]));

async function article(attributes = ''): Promise<DwArticle> {
  const page = await fixture<HTMLElement>(`<main><dw-article ${attributes}></dw-article></main>`);
  const el = page.querySelector('dw-article')!;
  await el.updateComplete;
  return el;
}

/** Replaces the clipboard for one test: `refuse` makes it fail as a denied permission does. */
function fakeClipboard(refuse: boolean): { written: string[]; restore: () => void } {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  // Deleting the own property uncovers the browser's own clipboard again.
  return { written, restore: () => void delete (navigator as { clipboard?: unknown }).clipboard };
}

const settingsKey = 'dw-article-settings';

interface FakeUtterance {
  text: string;
  lang: string;
  voice?: { lang: string; name: string };
  onend?: () => void;
}

/**
 * A speech synthesis that records what it is asked to say, with the voices a device might
 * have; `finish()` ends the utterance being spoken, as the real one does after speaking it.
 */
function fakeSpeech(voiceLangs: string[]) {
  const spoken: FakeUtterance[] = [];
  const calls: string[] = [];
  const voices = voiceLangs.map((lang) => ({ lang, name: `voice ${lang}` }));
  const speech = {
    speak: (utterance: FakeUtterance) => (calls.push('speak'), spoken.push(utterance)),
    cancel: () => calls.push('cancel'),
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    getVoices: () => voices,
  };
  class Utterance implements FakeUtterance {
    lang = '';
    voice?: { lang: string; name: string };
    onend?: () => void;
    constructor(readonly text: string) {}
  }
  const saved = {
    speechSynthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    Utterance: window.SpeechSynthesisUtterance,
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
  Object.assign(window, { SpeechSynthesisUtterance: Utterance });
  return {
    spoken,
    calls,
    finish: () => spoken.at(-1)!.onend!(),
    restore: () => {
      if (saved.speechSynthesis) Object.defineProperty(window, 'speechSynthesis', saved.speechSynthesis);
      else delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      Object.assign(window, { SpeechSynthesisUtterance: saved.Utterance });
    },
  };
}

function buttons(el: DwArticle): Record<string, HTMLButtonElement> {
  const root = el.querySelector('dw-read-aloud')!.shadowRoot!;
  return Object.fromEntries([...root.querySelectorAll('button')].map((b) => [b.textContent!.trim(), b]));
}

describe('<dw-article> reading features', () => {
  afterEach(() => localStorage.removeItem(settingsKey));

  describe('read aloud', () => {
    it('reads headline, teaser, caption and paragraphs in order, each in a voice for its own language', async () => {
      const speech = fakeSpeech(['en-US', 'en-GB', 'de-DE', 'fr-FR']);
      try {
        const el = await article();
        const listen = buttons(el).Listen;
        expect(listen.getAttribute('aria-pressed')).to.equal('false');
        listen.focus();
        await sendKeys({ press: 'Enter' });
        for (let i = 0; i < 13; i++) speech.finish();
        const said = speech.spoken.map((u) => [u.text.slice(0, 24), u.lang, u.voice?.lang]);
        expect(said.slice(0, 4)).to.deep.equal([
          ['IS push could take years', 'en', 'en-US'],
          ['It will likely take year', 'en', 'en-US'],
          ['Brüssel NATO Hauptquarti', 'de', 'de-DE'],
          ['US Secretary of State Jo', 'en', 'en-US'],
        ]);
        expect(said).to.have.length(13);
        expect(speech.spoken.map((u) => u.text)).to.deep.equal([
          el.querySelector('h1')!.textContent,
          el.querySelector('.dw-teaser')!.textContent!.trim(),
          el.querySelector('.dw-caption')!.textContent,
          ...[...el.querySelectorAll('.dw-body p')].map((p) => p.textContent),
        ]);
      } finally {
        speech.restore();
      }
    });

    it('pauses, resumes, moves between passages and stops from the keyboard, highlighting without announcing', async () => {
      const speech = fakeSpeech(['en', 'de']);
      try {
        const el = await article();
        buttons(el).Listen.focus();
        await sendKeys({ press: 'Enter' });
        await el.querySelector('dw-read-aloud')!.updateComplete;
        expect(el.querySelector('h1')!.classList.contains('dw-speaking')).to.equal(true);
        expect(buttons(el).Listen.getAttribute('aria-pressed')).to.equal('true');
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
        await sendKeys({ press: 'Enter' });
        expect(speech.calls.at(-1)).to.equal('pause');
        expect(buttons(el).Listen.getAttribute('aria-pressed')).to.equal('false');
        await sendKeys({ press: 'Enter' });
        expect(speech.calls.at(-1)).to.equal('resume');
        buttons(el)['Next passage'].focus();
        await sendKeys({ press: 'Enter' });
        expect(speech.spoken.at(-1)!.text).to.match(/^It will likely/);
        expect(el.querySelector('.dw-teaser')!.classList.contains('dw-speaking')).to.equal(true);
        expect(el.querySelector('h1')!.classList.contains('dw-speaking')).to.equal(false);
        buttons(el)['Previous passage'].focus();
        await sendKeys({ press: 'Enter' });
        expect(speech.spoken.at(-1)!.text).to.equal('IS push could take years: Kerry');
        buttons(el).Stop.focus();
        await sendKeys({ press: 'Enter' });
        await el.querySelector('dw-read-aloud')!.updateComplete;
        expect(speech.calls.at(-1)).to.equal('cancel');
        expect(el.querySelector('.dw-speaking')).to.equal(null);
        expect(buttons(el).Listen.getAttribute('aria-pressed')).to.equal('false');
      } finally {
        speech.restore();
      }
    });

    it('says once, in the interface locale, that German has no voice, and reads it with another voice or skips it', async () => {
      for (const skip of [false, true]) {
        const speech = fakeSpeech(['en-US']);
        try {
          const el = await article('locale="de"');
          const control = el.querySelector('dw-read-aloud')!;
          buttons(el)['Anhören'].click();
          await control.updateComplete;
          // The option shows once reading has started, before the first German passage.
          if (skip) control.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
          await control.updateComplete;
          for (let i = 0; i < 13; i++) if (speech.spoken.length > i) speech.finish();
          await control.updateComplete;
          const notice = control.shadowRoot!.querySelector('[role="status"]')!.textContent!;
          expect(notice).to.equal(
            skip
              ? 'Keine Stimme für Deutsch auf diesem Gerät: Diese Abschnitte werden übersprungen.'
              : 'Keine Stimme für Deutsch auf diesem Gerät: Diese Abschnitte werden mit einer anderen Stimme gelesen.',
          );
          const caption = speech.spoken.find((u) => u.lang === 'de');
          if (skip) expect(caption).to.equal(undefined);
          else expect([caption?.text.slice(0, 7), caption?.voice]).to.deep.equal(['Brüssel', undefined]);
          expect(speech.spoken.length).to.equal(skip ? 12 : 13);
        } finally {
          speech.restore();
        }
      }
    });

    it('is not offered where the browser has no speech synthesis', async () => {
      const speech = fakeSpeech([]);
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
      try {
        const el = await article();
        expect(el.querySelector('dw-read-aloud')).to.equal(null);
      } finally {
        speech.restore();
      }
    });
  });

  describe('reader settings', () => {
    it('opens from the keyboard, changes text size with arrow keys, keeps the choice and closes with Escape', async () => {
      const el = await article();
      const settings = el.querySelector('dw-reader-settings')!;
      const button = settings.shadowRoot!.querySelector('button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settings.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      const first = deepActiveElement() as HTMLInputElement;
      expect([first.name, first.checked]).to.deep.equal(['textSize', true]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.getAttribute('text-size')).to.equal('125');
      const paragraph = el.querySelector('.dw-body p')!;
      const base = parseFloat(getComputedStyle(el).fontSize);
      expect(parseFloat(getComputedStyle(el.querySelector('article')!).fontSize)).to.equal(base * 1.25);
      expect(parseFloat(getComputedStyle(paragraph).fontSize)).to.be.greaterThan(base * 1.25);
      expect(JSON.parse(localStorage.getItem(settingsKey)!)).to.deep.equal({
        textSize: 125,
        lineSpacing: 'normal',
        theme: 'system',
      });
      await sendKeys({ press: 'Escape' });
      await settings.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(button);
    });

    it("takes the host's defaults from attributes, and the reader's kept choice over them", async () => {
      const el = await article('text-size="150" line-spacing="loose" theme="sepia"');
      const style = getComputedStyle(el.querySelector('article')!);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(2.2, 0.001);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(244, 236, 216)');
      localStorage.setItem(settingsKey, JSON.stringify({ textSize: 200, lineSpacing: 'normal', theme: 'dark' }));
      const again = await article('text-size="150" line-spacing="loose" theme="sepia"');
      expect([
        again.getAttribute('text-size'),
        again.getAttribute('line-spacing'),
        again.getAttribute('theme'),
      ]).to.deep.equal(['200', 'normal', 'dark']);
    });

    it('works when storage is blocked, without an error', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      try {
        const el = await article();
        el.querySelector('dw-reader-settings')!.dispatchEvent(
          new CustomEvent('dw-settings-change', {
            detail: { settings: { textSize: 175, lineSpacing: 'relaxed', theme: 'light' } },
            bubbles: true,
          }),
        );
        await el.updateComplete;
        expect(el.getAttribute('text-size')).to.equal('175');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('copy link', () => {
    it('copies the short link from the keyboard, and confirms it once to screen readers and visibly', async () => {
      const clipboard = fakeClipboard(false);
      try {
        const el = await article();
        const button = el.querySelector<HTMLButtonElement>('.dw-copy-link')!;
        expect(button.textContent!.trim()).to.equal('Copy link');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(clipboard.written).to.deep.equal(['https://p.dw.com/p/1Dycg']);
        expect(el.querySelector('[role="status"]')!.textContent).to.equal('Link copied');
        const shown = el.querySelector('.dw-copy-confirmation')!;
        expect([shown.textContent, shown.getAttribute('aria-hidden')]).to.deep.equal(['Link copied', 'true']);
        expect(deepActiveElement()).to.equal(button);
        expect(await axeViolations(el.parentElement!)).to.deep.equal([]);
      } finally {
        clipboard.restore();
      }
    });

    it('selects the link text when the clipboard is refused, and says so in the interface locale', async () => {
      const clipboard = fakeClipboard(true);
      try {
        const el = await article('locale="de"');
        el.querySelector<HTMLButtonElement>('.dw-copy-link')!.click();
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(getSelection()!.toString()).to.equal('https://p.dw.com/p/1Dycg');
        expect(el.querySelector('.dw-copy-confirmation')!.textContent).to.match(/^Link markiert/);
        expect(el.querySelector('[role="status"]')!.textContent).to.match(/^Link markiert/);
      } finally {
        clipboard.restore();
        getSelection()!.removeAllRanges();
      }
    });
  });

  describe('structured data', () => {
    it('emits NewsArticle JSON-LD that says what the page shows', async () => {
      const el = await article('structured-data');
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const data = JSON.parse(scripts[0].textContent!);
      const text = (selector: string) => el.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
      expect(data['@type']).to.equal('NewsArticle');
      expect(data.headline).to.equal(text('article h1'));
      expect(data.inLanguage).to.equal(el.querySelector('article')!.lang);
      expect(data.datePublished).to.equal(el.querySelector('time')!.getAttribute('datetime'));
      expect(data.description).to.equal(text('.dw-teaser'));
      expect(data.url).to.equal(el.querySelector<HTMLAnchorElement>('.dw-short-link a')!.href);
      expect(data.image.contentUrl).to.equal(el.querySelector('img')!.src);
      expect(data.image.caption).to.deep.equal({
        '@value': text('.dw-caption'),
        '@language': el.querySelector<HTMLElement>('.dw-caption')!.lang,
      });
      expect(data.image.creditText).to.equal(text('.dw-credit bdi'));
      expect(data.sourceOrganization).to.deep.equal([
        { '@type': 'Organization', name: 'Deutsche Presse-Agentur', alternateName: 'dpa' },
        { '@type': 'Organization', name: 'Associated Press', alternateName: 'AP' },
      ]);
      for (const { alternateName } of data.sourceOrganization) expect(text('.dw-credits')).to.contain(alternateName);
      expect(data.articleBody.split('\n\n')).to.deep.equal(
        [...el.querySelectorAll('.dw-body p')].map((p) => p.textContent),
      );
    });

    it('follows the article shown, and is absent without the attribute', async () => {
      const el = await article('structured-data');
      el.article = {
        lang: 'en',
        headline: { text: 'Another', lang: 'en' },
        published: '2020-01-01',
        body: [{ text: 'Body.', lang: 'en' }],
      };
      await el.updateComplete;
      const scripts = el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      expect(JSON.parse(scripts[0].textContent!).headline).to.equal('Another');
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
      expect((await article()).querySelector('script')).to.equal(null);
    });
  });

  describe('print', () => {
    itInChromium('prints the article without controls, with the short link as text and the figure whole', async () => {
      const el = await article('menu-target="main"');
      await emulateMedia({ media: 'print' });
      try {
        const hidden = (element: Element | null) => getComputedStyle(element!).display === 'none';
        expect(hidden(el.querySelector('.dw-toolbar'))).to.equal(true);
        expect(hidden(el.querySelector('.dw-copy-link'))).to.equal(true);
        expect(hidden(el.shadowRoot!.querySelector('.skip-links'))).to.equal(true);
        expect(hidden(el.querySelector('.dw-short-link a'))).to.equal(false);
        expect(hidden(el.querySelector('.dw-credits'))).to.equal(false);
        expect(getComputedStyle(el.querySelector('.dw-figure')!).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
