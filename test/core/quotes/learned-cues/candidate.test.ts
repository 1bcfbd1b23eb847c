// Where the complement of a verb outside the lexicons opens: the part of a learned-cue candidate
// the rules settle before the model is asked.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { complementOpening } from '../../../../src/core/quotes/learned-cues/candidate.js';
import { en } from '../../../../src/locales/en/index.js';

/** The complement opening after `verb` (its first occurrence in `text`), as words. */
function opening(text: string, verb: string) {
  const doc = readDocument(text);
  const i = doc.tokens.findIndex((t) => t.text === verb);
  const found = complementOpening(doc.tokens, i, doc.sentences[doc.tokens[i]!.sentence]!.lastToken, en.words);
  return found && { kind: found.kind, cue: text.slice(doc.tokens[i]!.start, doc.tokens[found.cueLast]!.end), from: doc.tokens[found.from]!.text };
}

describe('complementOpening', () => {
  it('opens a direct object right after the verb, past an adverb', () => {
    expect(opening('The mayor mocked the stadium plan on Monday.', 'mocked')).toEqual({ kind: 'object', cue: 'mocked', from: 'the' });
    expect(opening('The mayor openly ridiculed Ms. Okafor.', 'ridiculed')).toEqual({ kind: 'object', cue: 'ridiculed', from: 'Ms.' });
  });

  it('takes a preposition (and a particle before it) into the cue when its object follows', () => {
    expect(opening('The senator lashed out at the regulators.', 'lashed')).toEqual({ kind: 'preposition', cue: 'lashed out at', from: 'the' });
    expect(opening('The coach reflected on the lost season.', 'reflected')).toEqual({ kind: 'preposition', cue: 'reflected on', from: 'the' });
  });

  it('opens a that-clause with its own subject, or a to-infinitive, at the complementizer', () => {
    expect(opening('The court ruled that the county had misled voters.', 'ruled')).toEqual({ kind: 'that', cue: 'ruled', from: 'that' });
    expect(opening('The union seeks to block the merger.', 'seeks')).toEqual({ kind: 'to', cue: 'seeks', from: 'to' });
  });

  it('finds none for a relative that, a bare to or a verb ending its sentence', () => {
    expect(opening('She ruled that was enough.', 'ruled')).toBeNull();
    expect(opening('He moved to Ohio.', 'moved')).toBeNull();
    expect(opening('The council finally relented.', 'relented')).toBeNull();
  });
});
