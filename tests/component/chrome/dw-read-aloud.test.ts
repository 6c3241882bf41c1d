import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { articleInMain, withFeaturesLoaded } from '../../support/pages.js';
import type { DwArticle } from '../../../src/dw-article.js';
import { axeViolations } from '../../support/helpers.js';

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

describe('<dw-read-aloud>', () => {
  withFeaturesLoaded();

  describe('read aloud', () => {
    it('reads headline, teaser, caption and paragraphs in order, each in a voice for its own language', async () => {
      const speech = fakeSpeech(['en-US', 'en-GB', 'de-DE', 'fr-FR']);
      try {
        const el = await articleInMain();
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
        const el = await articleInMain();
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
          const el = await articleInMain('locale="de"');
          const control = el.querySelector('dw-read-aloud')!;
          buttons(el)['Anhören'].click();
          await control.updateComplete;
          // The option shows once reading has started, before the first German passage.
          if (skip) control.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
          await control.updateComplete;
          for (let i = 0; i < 13; i++) if (speech.spoken.length > i) speech.finish();
          await control.updateComplete;
          const notice = control.shadowRoot!.querySelector('.notice[aria-live="polite"]')!.textContent!;
          expect(notice).to.equal(
            skip
              ? 'Keine Stimme für Deutsch auf diesem Gerät: Diese Abschnitte werden übersprungen.'
              : 'Keine Stimme für Deutsch auf diesem Gerät: Diese Abschnitte werden mit einer anderen Stimme vorgelesen.',
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
        const el = await articleInMain();
        expect(el.querySelector('dw-read-aloud')).to.equal(null);
      } finally {
        speech.restore();
      }
    });
  });
});
