import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';
import { readDocument } from '../../../src/core/document/document.js';
import { pronounMentions, quotedWords } from '../../../src/core/speakers/pronoun-mentions.js';
import { en } from '../../../src/locales/en/index.js';
import type { Extraction } from '../../../src/types.js';
import { buildDrafts } from '../quotes/draft-builder.js';

const mentionTexts = (x: Extraction, name: string) => {
  const e = x.entities.find((n) => n.name === name);
  return e ? e.mentions.map((m) => x.text.slice(m.start, m.end)) : [];
};

describe('pronounMentions: gendered pronouns in the narration join their referent', () => {
  it('lists the pronoun that opens the reporting clause among the speaker’s mentions', () => {
    const text = 'Governor Tom Reyes spent Tuesday morning at a flooded school in Marion County. '
      + 'He walked the halls with the principal before his meeting with parents. '
      + '“We will rebuild this building before winter,” Reyes said.';
    const x = extract(text);
    const quote = x.quotes.find((q) => q.content[0]!.text.includes('rebuild'))!;
    const reyes = x.entities.find((e) => e.name === 'Tom Reyes')!;
    expect(quote.speaker).toBe(reyes.id);
    expect(mentionTexts(x, 'Tom Reyes')).toEqual(['Governor Tom Reyes', 'He', 'his', 'Reyes']);
    for (const m of reyes.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('leaves pronouns inside quotations, `they` and pronouns of the other gender alone', () => {
    const text = 'Mayor Linda Hale met the striking drivers and their union chief, Victor Dunn, on Friday. '
      + 'They had blocked the depot for a week before he came to the table. '
      + '“He promised us a raise and then he vanished,” Hale said of the former manager.';
    const x = extract(text);
    expect(mentionTexts(x, 'Linda Hale')).toEqual(['Mayor Linda Hale', 'Hale']);
    expect(mentionTexts(x, 'Victor Dunn')).toEqual(['Victor Dunn', 'he']);
  });

  it('takes the writer’s pronoun in a reported clause, not the speaker’s inside a quoted fragment', () => {
    const text = 'Senator Ana Ruiz met union leaders in Toledo on Monday. '
      + 'She said she would fight the plant closure "with everything she has," and her aides promised a bill by spring.';
    const x = extract(text);
    expect(mentionTexts(x, 'Ana Ruiz')).toEqual(['Senator Ana Ruiz', 'She', 'she']);
  });

  it('asks for a referent only for gendered pronouns outside the skipped tokens', () => {
    const doc = readDocument('She said they told him that it was her call, and his.');
    const skip = new Uint8Array(doc.tokens.length);
    const she = doc.tokens.findIndex((t) => t.text === 'She');
    skip[she] = 1;
    const asked: string[] = [];
    const found = pronounMentions(doc, en, skip, (t) => { asked.push(doc.tokens[t]!.text); return asked.length === 1 ? null : t; });
    expect(asked).toEqual(['him', 'her', 'his']);
    expect(found.map((f) => doc.tokens[f.token]!.text)).toEqual(['her', 'his']);
  });
});

describe('quotedWords: the tokens that are a quotation’s own words', () => {
  it('marks a direct quotation whole and only the marked part of a mixed one', () => {
    const doc = readDocument('“He will win,” she said. She said he would vote “for him and his plan” soon.');
    const drafts = buildDrafts(doc, [
      { kind: 'direct', content: '“He will win,”', cue: 'said', source: 'she' },
      { kind: 'mixed', content: 'he would vote “for him and his plan” soon', cue: 'said', source: 'She', after: 'She said' },
    ]);
    const words = quotedWords(doc, drafts, en);
    const marked = doc.tokens.filter((t) => words[t.i] && t.pos !== 'SPACE').map((t) => t.text);
    expect(marked).toEqual(['“', 'He', 'will', 'win', ',', '”', '“', 'for', 'him', 'and', 'his', 'plan', '”']);
  });
});
