import { describe, expect, it } from 'vitest';
import { phraseTable } from '../../src/core/phrase-table.js';

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
