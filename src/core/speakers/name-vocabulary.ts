// The locale's name vocabulary compiled once per locale into Map/Set lookups, so the mention
// scan stays one pass over tokens with constant-time checks.
import type { Locale } from '../../locales/locale.js';
import { formFirstWord } from '../cues/phrase-table.js';
import { isStatementType } from '../cues/cue-type-of-words.js';
import { WordShapes } from './word-shapes.js';

/** Bits of `NameVocabulary.nameWords`: what one lower-cased name word can be. */
export const NAME_WORD = {
  /** In `nonNames`. */
  nonName: 1,
  /** In `orgCues`. */
  orgCue: 2,
  /** The first word of a title. */
  titleFirst: 4,
  /** In `places` (as a whole: a place of one word, for a name of one part). */
  place: 8,
} as const;

export type NameVocabulary = {
  /** Lower-cased word → NAME_WORD bits, for the words with any: the mention scan asks this one
   *  map per word of a name instead of a set per question. */
  nameWords: Map<string, number>;
  /** First word → word sequences (longest first), lower-cased. */
  titles: Map<string, string[][]>;
  /** Titles that are courtesy forms, not roles: they do not become a description. */
  honorifics: Set<string>;
  /** First word → outlet word sequences (longest first), case-sensitive, without a leading `The`. */
  outlets: Map<string, string[][]>;
  outletFirstWords: Set<string>;
  /** The shapes of outletFirstWords, asked before the set. */
  outletFirstShapes: WordShapes;
  /** Outlet words joined by spaces → the locale's spelling (`Guardian` → `The Guardian`). */
  outletCanonical: Map<string, string>;
  /** Outlets that count only after `the`. */
  outletNeedsThe: Set<string>;
  orgCues: Set<string>;
  orgNouns: Set<string>;
  roleNouns: Set<string>;
  /** Last words of the role nouns of several words (`minister` of `prime minister`). */
  roleNounLastWords: Set<string>;
  /** The shapes of roleNouns and roleNounLastWords, caseless: asked before either set about a lower-cased word. */
  roleWordShapes: WordShapes;
  documentNouns: Set<string>;
  places: Set<string>;
  /** First words of the places of several words (`new` of `new york`). */
  placeFirstWords: Set<string>;
  nonNames: Set<string>;
  genders: Map<string, 'm' | 'f'>;
  /** Words that open an apposition after a name and a comma (`a`, `an`, `the`, `its`). */
  appositionOpeners: Set<string>;
  relativePronouns: Set<string>;
  nameParticles: Set<string>;
  /** The shapes of nameParticles, asked before the set. */
  nameParticleShapes: WordShapes;
  orgJoiners: Set<string>;
  /** Lower-cased speech and writing cue words (the first word of phrases: `according`). */
  cueForms: Set<string>;
  /** Lower-cased first words of the `according to` cues (frame `according`). */
  accordingWords: Set<string>;
  definiteArticles: ReadonlySet<string>;
  mediumPrepositions: ReadonlySet<string>;
  /** The possessive clitic split off as a token, in either case (`’s`, `'S`). */
  possessiveClitic: RegExp;
};

const cache = new WeakMap<Locale, NameVocabulary>();

function sequenceTable(entries: Iterable<string[]>): Map<string, string[][]> {
  const table = new Map<string, string[][]>();
  for (const words of entries) {
    if (words.length === 0) continue;
    const list = table.get(words[0]!) ?? [];
    list.push(words);
    table.set(words[0]!, list);
  }
  for (const list of table.values()) list.sort((x, y) => y.length - x.length);
  return table;
}

export function nameVocabulary(locale: Locale): NameVocabulary {
  const cached = cache.get(locale);
  if (cached) return cached;
  const extra = locale.entities;
  const genders = new Map(Object.entries(extra?.genders ?? {}));
  const titleWords = locale.titles.map((t) => t.toLowerCase().split(' '));
  const outletNeedsThe = new Set<string>();
  const outletCanonical = new Map<string, string>();
  const outletWords: string[][] = [];
  for (const o of locale.outlets) {
    // Outlet names are matched on wink-nlp tokens, which split `Radio 4's` but keep `Itar-Tass`.
    let words = o.split(' ');
    if (words[0] === 'The' && words.length > 1) { words = words.slice(1); outletNeedsThe.add(words.join(' ')); }
    outletCanonical.set(words.join(' '), o);
    outletWords.push(words);
  }
  const nameWords = new Map<string, number>();
  const mark = (word: string, bit: number): void => { nameWords.set(word, (nameWords.get(word) ?? 0) | bit); };
  for (const w of extra?.nonNames ?? []) mark(w, NAME_WORD.nonName);
  for (const w of extra?.orgCues ?? []) mark(w, NAME_WORD.orgCue);
  for (const words of titleWords) if (words.length > 0) mark(words[0]!, NAME_WORD.titleFirst);
  for (const w of extra?.places ?? []) mark(w, NAME_WORD.place);
  const roleNounLastWords = new Set(locale.roleNouns.filter((r) => r.includes(' ')).map((r) => r.slice(r.lastIndexOf(' ') + 1)));
  const vocab: NameVocabulary = {
    nameWords,
    titles: sequenceTable(titleWords),
    honorifics: new Set(extra?.honorifics ?? []),
    outlets: sequenceTable(outletWords),
    outletFirstWords: new Set(outletWords.map((w) => w[0]!)),
    outletFirstShapes: new WordShapes(outletWords.map((w) => w[0]!)),
    outletCanonical,
    outletNeedsThe,
    orgCues: new Set(extra?.orgCues ?? []),
    orgNouns: new Set(extra?.orgNouns ?? []),
    roleNouns: new Set(locale.roleNouns),
    roleNounLastWords,
    roleWordShapes: new WordShapes([...locale.roleNouns, ...roleNounLastWords], true),
    documentNouns: new Set(locale.documentNouns),
    places: new Set(extra?.places ?? []),
    placeFirstWords: new Set((extra?.places ?? []).filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' ')))),
    nonNames: new Set(extra?.nonNames ?? []),
    genders,
    appositionOpeners: new Set(extra?.appositionOpeners ?? []),
    relativePronouns: new Set(extra?.relativePronouns ?? []),
    nameParticles: new Set(extra?.nameParticles ?? []),
    nameParticleShapes: new WordShapes(extra?.nameParticles ?? []),
    orgJoiners: new Set(extra?.orgJoiners ?? []),
    cueForms: new Set(locale.cues.filter((c) => isStatementType(c.type)).flatMap((c) => c.forms.map(formFirstWord))),
    accordingWords: new Set(locale.cues.filter((c) => c.frame === 'according').flatMap((c) => c.forms.map(formFirstWord))),
    definiteArticles: locale.words.definiteArticles,
    mediumPrepositions: locale.words.mediumPrepositions,
    possessiveClitic: locale.words.endings.possessiveCliticAnyCase,
  };
  cache.set(locale, vocab);
  return vocab;
}
