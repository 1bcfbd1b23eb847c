// A pronoun subject refers back to the name opening a clause of its sentence (its subject) before a
// nearer name standing as an object or a modifier.
import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';
import { readDocument } from '../../../src/core/document/document.js';
import { opensItsClause } from '../../../src/core/speakers/subject-position.js';

function speakerOf(text: string, quoted: string): string | undefined {
  const x = extract(text);
  const q = x.quotes.find((d) => d.content.some((s) => s.text.includes(quoted)));
  expect(q).toBeDefined();
  return x.entities.find((e) => e.id === q!.speaker)?.name;
}

describe('subject position: which name a pronoun speaks for', () => {
  it('prefers the subject over a nearer object of known gender', () => {
    expect(speakerOf('With a vote for Tom Hayes ruled out, Delgado said he is left with two choices: back the mayor, whom he called "the most capable manager in the state," or stay home.', 'the most capable manager')).toBe('Delgado');
  });

  it('prefers the subject over a possessor inside the object', () => {
    expect(speakerOf('Mark Ruiz, a retail analyst, drew Governor Tom Hayes’s anger after he told a newspaper that the new mall was "doomed to fail."', 'doomed to fail')).toBe('Mark Ruiz');
  });
});

describe('opensItsClause', () => {
  const doc = readDocument('Delgado chided Hayes, and Ruiz agreed.');
  const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);

  it('holds at the sentence start and after a comma and a conjunction', () => {
    expect(opensItsClause(doc.tokens, at('Delgado'))).toBe(true);
    expect(opensItsClause(doc.tokens, at('Ruiz'))).toBe(true);
  });

  it('fails after a verb', () => {
    expect(opensItsClause(doc.tokens, at('Hayes'))).toBe(false);
  });
});
