import { describe, it, expect } from 'vitest';
import { matchSpeaker, type CorpusPerson, type SpeakerEntity } from '../../src/corpus/speakers.js';
import { en } from '../../src/locales/en/index.js';

const vocabulary = { titles: en.titles, stopwords: en.stopwords ?? [] };

function person(id: number, name: string, descriptions: string[] = [], names: string[] = []): CorpusPerson {
  const tokens = name.toLowerCase().split(' ');
  return {
    id, kind: 'person', name, descriptions,
    names: [tokens.join(' '), ...names],
    given: tokens.length > 1 ? tokens[0]! : null,
    surname: tokens[tokens.length - 1]!,
  };
}
const speaker = (name: string, descriptions: string[] = [], aliases: string[] = []): SpeakerEntity => ({ kind: 'person', name, aliases, descriptions });

describe('matchSpeaker', () => {
  const corbyn = person(1, 'Jeremy Corbyn', ['the Labour leader'], ['corbyn']);
  const johnSmith = person(2, 'John Smith', ['an economist at the Bank of England']);
  const sarahSmith = person(3, 'Sarah Smith', ['the BBC North America editor']);

  it('joins the same full name, with or without a title', () => {
    expect(matchSpeaker(speaker('Jeremy Corbyn'), [corbyn], vocabulary)?.id).toBe(1);
    expect(matchSpeaker(speaker('Mr Jeremy Corbyn'), [corbyn], vocabulary)?.id).toBe(1);
  });
  it('joins a misspelt surname only when the context is shared', () => {
    expect(matchSpeaker(speaker('Jeremy Corbin', ['Labour leader']), [corbyn], vocabulary)?.id).toBe(1);
    expect(matchSpeaker(speaker('Jeremy Corbin', ['a plumber from Leeds']), [corbyn], vocabulary)).toBeNull();
  });
  it('keeps two different people called Smith apart', () => {
    expect(matchSpeaker(speaker('Sarah Smith'), [johnSmith], vocabulary)).toBeNull();
    expect(matchSpeaker(speaker('John Smith'), [johnSmith, sarahSmith], vocabulary)?.id).toBe(2);
  });
  it('joins a surname alone only when exactly one person has it', () => {
    expect(matchSpeaker(speaker('Corbyn'), [corbyn], vocabulary)?.id).toBe(1);
    expect(matchSpeaker(speaker('Smith'), [johnSmith, sarahSmith], vocabulary)).toBeNull();
    expect(matchSpeaker(speaker('Smith', ['the BBC editor']), [johnSmith, sarahSmith], vocabulary)?.id).toBe(3);
  });
  it('matches organisations by name only, never a person', () => {
    const org: CorpusPerson = { id: 9, kind: 'organization', name: 'Sony', names: ['sony'], descriptions: [], given: null, surname: null };
    expect(matchSpeaker({ kind: 'organization', name: 'Sony', aliases: [], descriptions: [] }, [org], vocabulary)?.id).toBe(9);
    expect(matchSpeaker(speaker('Sony'), [org], vocabulary)).toBeNull();
  });
});
