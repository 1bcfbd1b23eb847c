// Corpus-wide identity of speakers: one person under one id across articles. Backend-neutral and
// pure: a store asks `lookupKeys` what to fetch, fetches those candidate persons however it
// likes, and `matchSpeaker` decides. Conservative by design — a wrong merge puts words in the
// wrong mouth, a missed merge only splits a list:
//  - a full name joins a person with the same full name (or a person who had it as an alias);
//  - a misspelt full name (one edit in the given name or surname) joins only with shared context
//    (a description word in common), so `Jeremy Corbin, the Labour leader` joins Jeremy Corbyn;
//  - a surname alone joins a full-named person only when exactly one person has that surname;
//  - different given names never join: John Smith and Sarah Smith stay apart.
import type { Entity, EntityKind } from '../types.js';
import { boundedEditDistance } from '../core/speakers/name-similarity.js';

export type SpeakerEntity = Pick<Entity, 'kind' | 'name' | 'aliases' | 'descriptions'>;

/** What a store keeps per corpus person, as far as matching needs it. */
export type CorpusPerson = {
  id: number;
  kind: EntityKind;
  name: string;
  /** Normalised name and aliases (`jeremy corbyn`, `corbyn`). */
  names: string[];
  descriptions: string[];
  given: string | null;
  surname: string | null;
};

export type NameParts = { full: string; given: string | null; surname: string | null; tokens: string[] };

export type NameVocabulary = { titles: string[]; stopwords: string[] };

/** Lower-cased titles without their final dot, per locale title list: built once, not per name
 *  (matching reads every candidate's names on every quote). */
const titleSets = new WeakMap<string[], Set<string>>();
function titleSet(titles: string[]): Set<string> {
  let set = titleSets.get(titles);
  if (!set) {
    set = new Set(titles.map((t) => t.toLowerCase().replace(/\.$/, '')));
    titleSets.set(titles, set);
  }
  return set;
}

export function nameTokens(name: string, vocabulary: NameVocabulary): string[] {
  const titles = titleSet(vocabulary.titles);
  const tokens = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}'\u2019-]+/u)
    .map((t) => t.replace(/^['\u2019-]+|['\u2019-]+$/g, ''))
    .filter((t) => t.length > 0);
  while (tokens.length > 1 && titles.has(tokens[0]!)) tokens.shift();
  return tokens;
}

export function nameParts(name: string, vocabulary: NameVocabulary): NameParts {
  const tokens = nameTokens(name, vocabulary);
  return {
    full: tokens.join(' '),
    given: tokens.length >= 2 ? tokens[0]! : null,
    surname: tokens.length ? tokens[tokens.length - 1]! : null,
    tokens,
  };
}

/** Normalised forms to look candidates up by: names, aliases, the given name and the surname. */
export function lookupKeys(entity: SpeakerEntity, vocabulary: NameVocabulary): { names: string[]; surnames: string[]; givens: string[] } {
  const forms = [entity.name, ...entity.aliases].map((n) => nameParts(n, vocabulary)).filter((p) => p.full);
  const main = nameParts(entity.name, vocabulary);
  return {
    names: [...new Set(forms.map((p) => p.full))],
    surnames: main.surname ? [main.surname] : [],
    givens: main.given ? [main.given] : [],
  };
}

function contextWords(descriptions: string[], vocabulary: NameVocabulary): Set<string> {
  const stop = new Set(vocabulary.stopwords);
  const words = new Set<string>();
  for (const d of descriptions) {
    for (const w of d.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w.length > 2 && !stop.has(w)) words.add(w);
  }
  return words;
}

function sharedContext(a: string[], b: string[], vocabulary: NameVocabulary): number {
  const left = contextWords(a, vocabulary);
  let shared = 0;
  for (const w of contextWords(b, vocabulary)) if (left.has(w)) shared++;
  return shared;
}

/** Best by shared context, then the oldest (lowest id): deterministic whatever order came in. */
function pick(persons: CorpusPerson[], entity: SpeakerEntity, vocabulary: NameVocabulary): CorpusPerson {
  return [...persons].sort((x, y) =>
    sharedContext(y.descriptions, entity.descriptions, vocabulary) - sharedContext(x.descriptions, entity.descriptions, vocabulary) || x.id - y.id)[0]!;
}

/** The corpus person this article's speaker is, or null when it is someone new. */
export function matchSpeaker(entity: SpeakerEntity, candidates: CorpusPerson[], vocabulary: NameVocabulary): CorpusPerson | null {
  const sameKind = candidates.filter((c) => c.kind === entity.kind);
  const keys = lookupKeys(entity, vocabulary);
  const main = nameParts(entity.name, vocabulary);
  if (!main.full) return null;

  if (entity.kind !== 'person') {
    const byName = sameKind.filter((c) => keys.names.some((n) => c.names.includes(n)));
    return byName.length ? pick(byName, entity, vocabulary) : null;
  }

  if (main.tokens.length >= 2) {
    const exact = sameKind.filter((c) => c.names.includes(main.full));
    if (exact.length) return pick(exact, entity, vocabulary);
    const fullAliases = keys.names.filter((n) => n.includes(' '));
    const byAlias = sameKind.filter((c) => c.given && fullAliases.some((n) => c.names.includes(n)));
    if (byAlias.length) return pick(byAlias, entity, vocabulary);
    const misspelt = sameKind.filter((c) => {
      if (!c.given || !c.surname) return false;
      const givenClose = c.given === main.given ? c.surname !== main.surname && boundedEditDistance(c.surname, main.surname!, 1) <= 1 : false;
      const surnameClose = c.surname === main.surname ? boundedEditDistance(c.given, main.given!, 1) <= 1 : false;
      return (givenClose || surnameClose) && sharedContext(c.descriptions, entity.descriptions, vocabulary) > 0;
    });
    return misspelt.length ? pick(misspelt, entity, vocabulary) : null;
  }

  // A surname (or single name) alone.
  const fullNamed = sameKind.filter((c) => c.given && c.surname === main.full);
  if (fullNamed.length === 1) return fullNamed[0]!;
  if (fullNamed.length > 1) {
    const withContext = fullNamed.filter((c) => sharedContext(c.descriptions, entity.descriptions, vocabulary) > 0);
    if (withContext.length === 1) return withContext[0]!;
  }
  const single = sameKind.filter((c) => !c.given && c.names.includes(main.full));
  return single.length ? pick(single, entity, vocabulary) : null;
}
