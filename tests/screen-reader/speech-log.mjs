// What Orca spoke, as the recorder in orca-customizations.py wrote it: one JSON record per
// utterance, each string with the language the browser exposed for it (null: none, as for
// Orca's own words). A transcript line is one utterance, its strings grouped by language:
//   speak   [en] Skip to content link
//   say-all [en] A minister was quoted in German: “ [de] Wir schaffen das [en] ”, and …
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from './desktop.mjs';

export class SpeechLog {
  constructor(file) {
    this.file = file;
  }

  /** Every record so far. */
  records() {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  }

  /** A mark to read from: the number of records so far. */
  mark() {
    return this.records().length;
  }

  since(mark) {
    return this.records().slice(mark);
  }

  /**
   * Waits until Orca has said something after `mark` and then nothing for `quietMs`. With
   * `silenceAllowed`, saying nothing for 5 s is an answer too (an empty one).
   */
  async settle(mark, { quietMs = 900, ms = 10000, what = 'Orca to speak', silenceAllowed = false } = {}) {
    try {
      await waitFor(() => this.mark() > mark, what, silenceAllowed ? 5000 : ms);
    } catch (error) {
      if (silenceAllowed) return [];
      throw error;
    }
    let count = this.mark();
    for (;;) {
      await sleep(quietMs);
      const now = this.mark();
      if (now === count) return this.since(mark);
      count = now;
    }
  }

  /** Waits for a record after `mark` that matches `test`. */
  async until(mark, test, what, ms = 20000) {
    await waitFor(() => this.since(mark).some(test), what, ms);
    return this.since(mark);
  }
}

export const text = (record) => record.parts.map(([string]) => string.trim()).join(' ');

/** The transcript lines of some records; consecutive say-all strings of one line are joined. */
export function transcript(records) {
  const lines = [];
  let previous;
  for (const record of records) {
    if (record.kind === 'say-all-end') continue;
    const parts = record.parts.map(([string, language]) => [string.trim(), language ?? 'none']);
    if (record.kind === 'say-all' && previous?.kind === 'say-all' && previous.line === record.line)
      previous.parts.push(...parts);
    else lines.push((previous = { kind: record.kind, line: record.line, parts }));
  }
  return lines.map(({ kind, parts }) => {
    let out = kind.padEnd(8);
    let language;
    for (const [string, lang] of parts) {
      if (!string) continue;
      out += lang === language ? ` ${string}` : ` [${lang}] ${string}`;
      language = lang;
    }
    return out.trimEnd();
  });
}

/** Every string spoken, with its language, flattened. */
export const strings = (records) =>
  records
    .filter((record) => record.parts)
    .flatMap((record) => record.parts.map(([string, language]) => ({ string: string.trim(), language })));
