import { describe, expect, it } from 'vitest';
import { formFirstWord, formWords, phraseTable } from '../../../src/core/cues/phrase-table.js';
import { en } from '../../../src/locales/en/index.js';

describe('phraseTable', () => {
  const entries = [
    { lemma: 'go on', forms: ['go on', 'went on'] },
    { lemma: 'go on to say', forms: ['go on to say', 'Went On To Say'] },
    { lemma: 'say', forms: ['said'] },
  ];

  it('files lower-cased forms under their first word, longest first', () => {
    const table = phraseTable(entries);
    expect(table.get('went')!.map((p) => p.words.join(' '))).toEqual(['went on to say', 'went on']);
    expect(table.get('said')![0]!.entry).toBe(entries[2]);
    expect(table.has('Went')).toBe(false);
  });

  it('builds each lexicon once', () => {
    expect(phraseTable(entries)).toBe(phraseTable(entries));
    expect(phraseTable([...entries])).not.toBe(phraseTable(entries));
  });
});

describe('formWords and formFirstWord', () => {
  it('read a form as the lower-cased words it is matched and filed by', () => {
    expect(formWords('Went On  To say')).toEqual(['went', 'on', 'to', 'say']);
    expect(formFirstWord('Tell reporters')).toBe('tell');
    expect(formFirstWord('according to')).toBe('according');
    expect(formFirstWord('say')).toBe('say');
  });

  it('file every English cue lemma under a first word of the lexicon forms', () => {
    // fragmentFeatures looks lemmas up among the forms' first words.
    const table = phraseTable(en.cues);
    for (const entry of en.cues) expect(table.has(formFirstWord(entry.lemma)), entry.lemma).toBe(true);
  });
});
