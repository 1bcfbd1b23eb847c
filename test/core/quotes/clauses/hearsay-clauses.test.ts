// Hearsay adverbs (`reportedly`): the clause, subject with its auxiliary and predicate, is content
// that nobody named says; before a speech verb the verb is the cue and keeps its source.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function reports(text: string): { content: string[]; cue: string | null; source: string | null }[] {
  return assembleQuotes(readDocument(text), en).map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null }));
}

describe('hearsay adverbs', () => {
  it('reads the subject with its auxiliary and the predicate, with no source', () => {
    expect(reports('The FBI is reportedly making arrangements to interview Hillary Clinton as it nears the end of its investigation.')).toContainEqual(
      { content: ['The FBI is', 'making arrangements to interview Hillary Clinton'], cue: 'reportedly', source: null });
  });

  it('takes a coordinated subject and leaves out a trailing participle clause', () => {
    expect(reports('Google and Facebook have reportedly looked at Twitter and passed, leaving the company without a buyer.')).toContainEqual(
      { content: ['Google and Facebook have', 'looked at Twitter and passed'], cue: 'reportedly', source: null });
  });

  it('reads the clause after a sentence-opening `Reportedly,`', () => {
    expect(reports('Reportedly, he made sympathetic comments to co-workers.')).toContainEqual(
      { content: ['he made sympathetic comments to co-workers'], cue: 'Reportedly', source: null });
  });

  it('leaves the cue to a speech verb after it, which keeps its source', () => {
    const found = reports('Trump reportedly said the wall would be built next year.');
    expect(found.map((r) => r.cue)).toEqual(['reportedly said']);
    expect(found[0]!.source).toBe('Trump');
  });
});
