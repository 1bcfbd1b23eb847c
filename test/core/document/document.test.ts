import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';

describe('readDocument', () => {
  it('gives every token offsets that reproduce the text', () => {
    const text = 'Mr Blair’s aides said: “We don’t comment.”\n\nShares fell 5%.';
    const doc = readDocument(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('said');
  });

  it('splits news copy with one paragraph per line, even when the title is set off by a blank line', () => {
    const text = 'Obama reassures Asia\n\nPresident Obama spoke in Hanoi on Tuesday.\n“We will be fine,” he said.\nCritics were not convinced.';
    const doc = readDocument(text);
    expect(doc.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Obama reassures Asia',
      'President Obama spoke in Hanoi on Tuesday.',
      '“We will be fine,” he said.',
      'Critics were not convinced.',
    ]);
  });

  it('keeps hard-wrapped text together between blank lines', () => {
    const line = 'The committee said on Monday that it would publish its findings';
    const text = `${line}\nnext spring, after hearing evidence from ministers and civil\nservants who worked on the scheme during the past decade.\n\n${line}\nin a report to parliament that is expected to run to several\nhundred pages and to criticise the Treasury for the delays.`;
    const doc = readDocument(text);
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    const text = 'He said the vote was close\n“It was a long night,” she added.';
    const doc = readDocument(text);
    for (const s of doc.sentences) {
      expect(doc.tokens[s.firstToken]!.paragraph).toBe(doc.tokens[s.lastToken]!.paragraph);
    }
  });

  it('does not start a sentence at the comma after an abbreviation in parentheses', () => {
    const text = 'Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said the process was open. He agreed.';
    const doc = readDocument(text);
    const said = doc.tokens.find((t) => t.text === 'said')!;
    const rep = doc.tokens.find((t) => t.text === 'Rep.')!;
    expect(said.sentence).toBe(rep.sentence);
    expect(doc.sentences).toHaveLength(2);
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said the process was open.');
  });

  it.each([
    ['“We have nothing to hide,” Sen. Maria Lopez (D-N.Y.) said on Tuesday. She left.', '“We have nothing to hide,” Sen. Maria Lopez (D-N.Y.) said on Tuesday.'],
    ['“We have nothing to hide,” Rep. Jane Roe (R-Fla.) said on Tuesday. She left.', '“We have nothing to hide,” Rep. Jane Roe (R-Fla.) said on Tuesday.'],
  ])('does not end a sentence inside or right after a parenthesis closing on an abbreviation: %s', (text, first) => {
    const doc = readDocument(text);
    expect(doc.sentences).toHaveLength(2);
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.end)).toBe(first);
  });
});

describe('readDocument: name words the tagger reads as verbs', () => {
  it('tags a capitalised verb right after a capitalised name as a proper noun', () => {
    const doc = readDocument('Mayor Olivia Grant said the plan would work.');
    expect(doc.tokens.find((t) => t.text === 'Grant')!.pos).toBe('PROPN');
    expect(doc.tokens.find((t) => t.text === 'said')!.pos).toBe('VERB');
  });

  it('leaves title-case headlines alone', () => {
    const doc = readDocument('Trump Says Plan Will Work');
    expect(doc.tokens.find((t) => t.text === 'Says')!.pos).not.toBe('PROPN');
  });
});
