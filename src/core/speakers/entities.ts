// Mentions clustered into the people, organisations and outlets of one article, and each quote's
// source resolved to one of them.
//
// Clustering is one left-to-right pass over name mentions with Map lookups: a person mention joins
// the most recent person with the same (or a misspelt) surname whose given name and gender agree,
// so `Tony Blair`, `Mr Blair` and `Blair` are one entity while `Cherie Blair` stays apart, and a bare
// `Blair` goes to whichever Blair was mentioned last.
//
// Sources that are not names are resolved at the quote: pronouns (`he`) and definite nominals
// (`the minister`, `the company`) to the nearest compatible earlier mention outside quotations;
// indefinite nominals (`a spokesman for Sony`, `officials`) become a person entity of their own,
// named and described by the phrase. We do not fold `a spokesman for Sony` into Sony: the
// statement is the spokesman's, and Sony remains its own organisation entity via its mention.
// When an outlet or document reports that someone said something (embedded-attribution.ts), the
// someone is the speaker and relays.ts lists the outlet and document in `via`.
import type { Entity, EntityKind, Span } from '../../types.js';
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import type { Locale } from '../../locales/locale.js';
import { findNameMentions, namePart, type NameMention } from './mentions.js';
import { nameVocabulary, type NameVocabulary } from './name-vocabulary.js';
import { sameNamePart, compatibleGivenNames } from './name-similarity.js';
import { continuationOf } from './continuation.js';
import { tokensWithin } from '../document/token-index.js';
import { quotedTokens } from './quoted-tokens.js';
import { embeddedSource } from './embedded-attribution.js';
import { lowerBound } from '../document/lower-bound.js';
import { phraseEndingAt } from '../sources/source-noun-phrases.js';
import { tokenSpan } from '../document/token-span.js';
import { opensItsClause } from './subject-position.js';
import { pronounMentions, quotedWords } from './pronoun-mentions.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { flagScratch, indexScratch } from './token-scratch.js';

type Cluster = {
  kind: EntityKind | 'unknown';
  name: string;
  /** Name parts of `name`; the fullest form has the most. */
  nameSize: number;
  given: string | null;
  surname: string | null;
  gender: 'm' | 'f' | undefined;
  /** Every way the entity was written, in the order first met (addAlias). */
  aliases: string[];
  /** The aliases as a set, once there are too many for a list to test quickly. */
  aliasIndex: Set<string> | null;
  descriptions: string[];
  mentions: Span[];
  /** Start offset of the latest name mention: a bare surname goes to the most recent bearer. */
  lastStart: number;
  /** A lone word whose kind was guessed `organization` only because it speaks (`Cruz said`): a
   *  gendered pronoun may still show it to be a person. */
  guessedBody: boolean;
  /** The entity id, once the cluster is known to be one (it has mentions). */
  id: string | null;
};

type Pronoun = Locale['pronouns'][string];

/** Which earlier entities a pronoun may refer to; `at` is the token where the entity was named. */
type PronounTests = {
  /** Of the pronoun's kind and known to be of its gender. */
  knownGender: (x: Cluster) => boolean;
  knownGenderSubject: (x: Cluster, at: number) => boolean;
  /** Of its kind (or a lone word that may be a person) and not of another gender. */
  fits: (x: Cluster, at: number) => boolean;
  fitsSubject: (x: Cluster, at: number) => boolean;
  /** Of its kind and not of another gender. */
  fitsNamed: (x: Cluster) => boolean;
};

/** A place in the text where an entity was named, in text order, for pronouns to look back over. */
type Antecedent = { token: number; cluster: Cluster };

/** Tokens an apposition may span between a name and the relative pronoun that follows it. */
const MAX_APPOSITION_BACK = 12;
/** How far back (in mentions) a pronoun or nominal looks for its referent. */
const LOOKBACK = 60;
/** Sentence-initial lone words re-attached as pronoun antecedents, at most. */
const MAX_DEFERRED_ANTECEDENTS = 200;
/** How many same-initial people a surname is compared with for misspellings. */
const FUZZY_CAP = 200;

/** Per token, the mention naming it (token-scratch.ts). */
const mentionAtScratch = indexScratch();
/** Per token, 1 inside a quote's source. */
const sourceTokenScratch = flagScratch();

export function resolveEntities(doc: Document, quotes: QuoteDraft[], locale: Locale): { entities: Entity[]; speakers: Array<string | null> } {
  const vocab = nameVocabulary(locale);
  const mentions = findNameMentions(doc, locale);
  const clusters = new ClusterIndex(vocab);
  const antecedents: Antecedent[] = [];
  const mentionAtToken = mentionAtScratch(doc.tokens.length);
  const clusterOfMention: Cluster[] = [];
  // A sentence-initial lone word counts when it speaks (`Sony said …`) or is named again later.
  const sourceTokens = sourceTokenScratch(doc.tokens.length);
  const speakerCluster: Array<Cluster | null> = [];
  /** The quotes with a source. */
  const bySource: number[] = [];
  /** The first and last token of quotes[i]'s source at 2i and 2i + 1. */
  const sourceRange: number[] = [];
  for (let i = 0; i < quotes.length; i++) {
    speakerCluster.push(null);
    const source = quotes[i]!.source;
    if (!source) { sourceRange.push(0, -1); continue; }
    const [f, l] = tokensWithin(doc.tokens, source.start, source.end);
    sourceRange.push(f, l);
    bySource.push(i);
    for (let t = f; t <= l; t++) sourceTokens[t] = 1;
  }
  const deferred: number[] = [];
  for (const m of mentions) if (m.sentenceInitial && (sourceTokens[m.firstToken] || speaks(doc, m, vocab))) m.sentenceInitial = false;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const c = clusters.assign(m);
    clusterOfMention.push(c!);
    if (!c) { deferred.push(k); continue; }
    for (let t = m.firstToken; t <= m.lastToken; t++) mentionAtToken[t] = k;
    antecedents.push({ token: m.firstToken, cluster: c });
  }

  for (const k of deferred) {
    const c = clusters.known(mentions[k]!);
    if (!c) continue;
    clusterOfMention[k] = c;
    for (let t = mentions[k]!.firstToken; t <= mentions[k]!.lastToken; t++) mentionAtToken[t] = k;
    // Inserting keeps text order; capped so hostile input cannot make this quadratic.
    if (deferred.length > MAX_DEFERRED_ANTECEDENTS) continue;
    const at = countBefore(antecedents, mentions[k]!.firstToken);
    antecedents.splice(at, 0, { token: mentions[k]!.firstToken, cluster: c });
  }
  const insideQuote = quotedTokens(doc, quotes);
  const resolver = new SourceResolver(doc, vocab, locale, clusters, antecedents, insideQuote);
  // In text order, so that `the spokesman` can find the `a spokesman for Sony` resolved before it.
  // Mostly in order already; the sort is stable, so skipping it then changes nothing.
  if (!sourcesInTextOrder(quotes, bySource)) bySource.sort((a, b) => quotes[a]!.source!.start - quotes[b]!.source!.start);
  for (const i of bySource) {
    const source = quotes[i]!.source!;
    const f = sourceRange[2 * i]!;
    const l = sourceRange[2 * i + 1]!;
    let c = f > l ? clusters.phrase(source, 'other', vocab) : resolver.resolve(source, f, l, mentionAtToken, clusterOfMention);
    // `The Guardian reported that Tony Blair said …`: the outlet relayed, Tony Blair spoke.
    const inner = c && (c.kind === 'outlet' || c.kind === 'other') ? embeddedSource(doc, quotes[i]!, vocab) : null;
    if (inner) {
      const [a, b] = inner;
      const innerSpan = tokenSpan(doc, a, b);
      c = resolver.resolve(innerSpan, a, b, mentionAtToken, clusterOfMention) ?? c;
    }
    speakerCluster[i] = c;
  }
  // Pronouns in the narration join the chains of the people they refer to; who spoke is settled
  // above. The narration includes reported speech (`Trump said he would…`), the writer's words;
  // not a quotation's own words, whose `he` is the speaker's.
  const quotedOrSource = quotedWords(doc, quotes, locale, sourceTokens);
  for (const { token, referent } of pronounMentions(doc, locale, quotedOrSource, (t, pronoun) => resolver.referentOfPronoun(t, pronoun))) referent.mentions.push(tokenSpan(doc, token, token));
  const continued = continuationOf(doc, quotes);
  continued.forEach((root, i) => { if (root !== null && !speakerCluster[i]) speakerCluster[i] = speakerCluster[root] ?? null; });

  // Entities in order of first mention; ids are stable for the same input.
  const used = clusters.all().filter((c) => c.mentions.length > 0);
  // Most lists here are in order already; the sorts are stable, so skipping them then changes nothing.
  if (!firstMentionsInTextOrder(used)) used.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const entities: Entity[] = used.map((c, k) => {
    const id = `e${k + 1}`;
    c.id = id;
    sortByStart(c.mentions);
    const aliases: string[] = [];
    for (const a of c.aliases) if (a !== c.name) aliases.push(a);
    return { id, kind: c.kind === 'unknown' ? 'other' : c.kind, name: c.name, aliases, descriptions: c.descriptions, mentions: c.mentions };
  });
  return { entities, speakers: speakerCluster.map((c) => (c ? c.id : null)) };
}

/** Aliases a cluster keeps in a list alone: most have one or two, and a Set per cluster was a
 *  tenth of the stage's allocation. Past this many, a Set answers membership, so a text naming
 *  one entity in thousands of ways stays linear. */
const ALIAS_LIST_MAX = 8;

function addAlias(c: Cluster, alias: string): void {
  if (c.aliasIndex !== null) {
    if (c.aliasIndex.has(alias)) return;
    c.aliasIndex.add(alias);
  } else {
    if (c.aliases.includes(alias)) return;
    if (c.aliases.length === ALIAS_LIST_MAX) c.aliasIndex = new Set(c.aliases).add(alias);
  }
  c.aliases.push(alias);
}

function sourcesInTextOrder(quotes: QuoteDraft[], withSource: number[]): boolean {
  for (let k = 1; k < withSource.length; k++) if (quotes[withSource[k - 1]!]!.source!.start > quotes[withSource[k]!]!.source!.start) return false;
  return true;
}

function firstMentionsInTextOrder(clusters: Cluster[]): boolean {
  for (let k = 1; k < clusters.length; k++) if (clusters[k - 1]!.mentions[0]!.start > clusters[k]!.mentions[0]!.start) return false;
  return true;
}

/** Sorts spans by start, stably, in place. A cluster's mentions are nearly in order (its sources
 *  and pronouns come after its names), which an insertion sort puts right without the work arrays
 *  of Array.prototype.sort; past a budget of moves that sort finishes the job, and as both are
 *  stable the order is the same either way. */
function sortByStart(spans: Span[]): void {
  const budget = 4 * spans.length + 32;
  let moves = 0;
  for (let k = 1; k < spans.length; k++) {
    const x = spans[k]!;
    let j = k - 1;
    if (spans[j]!.start <= x.start) continue;
    while (j >= 0 && spans[j]!.start > x.start) { spans[j + 1] = spans[j]!; j--; }
    spans[j + 1] = x;
    moves += k - 1 - j;
    if (moves > budget) { spans.sort((a, b) => a.start - b.start); return; }
  }
}

/** No people; never added to. */
const NOBODY: Cluster[] = [];

class ClusterIndex {
  constructor(private vocab: NameVocabulary) {}
  private list: Cluster[] = [];
  private personsBySurname = new Map<string, Cluster[]>();
  private personsByInitial = new Map<string, Cluster[]>();
  /** Phrase entities (`phrase:kind:…`). */
  private byKey = new Map<string, Cluster>();
  // Outlets, places, lone words and organisation names have maps of their own, so the hot lookups need no prefixed key string.
  /** Outlets by the locale's spelling. */
  private outlets = new Map<string | undefined, Cluster>();
  /** Places by their lower-cased name parts (`new york`). */
  private places = new Map<string, Cluster>();
  /** Lone capitalised words not yet known as a person or body (`Blair`, `Labour`). */
  private lonewords = new Map<string, Cluster>();
  /** Organisations by their lower-cased name parts (`sony corp`). */
  private orgs = new Map<string, Cluster>();
  /** Organisations by their name without trailing cue words (`sony` for `Sony Corp`). */
  private orgCores = new Map<string, Cluster>();
  private acronyms = new Map<string, Cluster>();

  all(): Cluster[] { return this.list; }

  /** The mention's cluster, or null for a sentence-initial capitalised word that names nothing known. */
  assign(m: NameMention): Cluster | null {
    const c = m.kind === 'person' ? this.person(m)
      : m.kind === 'unknown' ? this.single(m)
      : m.kind === 'organization' ? this.organization(m, this.vocab)
      : m.kind === 'outlet' ? this.keyed(m.outlet, m.kind, m.outlet ?? m.name.text, m, this.outlets)
      : this.keyed(m.parts.length === 1 ? m.parts[0]! : m.parts.join(' '), m.kind, m.name.text, m, this.places);
    if (!c) return null;
    this.addMention(c, m);
    return c;
  }

  private create(kind: Cluster['kind'], name: string, nameSize: number): Cluster {
    const c: Cluster = { kind, name, nameSize, given: null, surname: null, gender: undefined, aliases: [], aliasIndex: null, descriptions: [], mentions: [], lastStart: -1, guessedBody: false, id: null };
    this.list.push(c);
    return c;
  }

  private addMention(c: Cluster, m: NameMention): void {
    c.mentions.push(m.span);
    addAlias(c, m.span.text);
    if (m.name.text !== m.span.text && m.kind !== 'outlet') addAlias(c, m.name.text);
    for (const d of m.descriptions) if (!c.descriptions.includes(d)) c.descriptions.push(d);
    c.lastStart = m.span.start;
    if (!c.gender && m.gender) c.gender = m.gender;
    if (m.kind !== 'outlet' && m.parts.length > c.nameSize) { c.name = m.name.text; c.nameSize = m.parts.length; }
  }

  /** The cluster a deferred lone word belongs to, if its word was named elsewhere. */
  known(m: NameMention): Cluster | null {
    const c = this.lonewords.get(m.parts[0]!) ?? this.single(m);
    if (c) this.addMention(c, m);
    return c;
  }

  private keyed<K>(key: K, kind: Cluster['kind'], name: string, m: NameMention, index: Map<K, Cluster>): Cluster {
    let c = index.get(key);
    if (!c) { c = this.create(kind, name, m.parts.length); index.set(key, c); }
    return c;
  }

  private indexPerson(c: Cluster, surname: string): void {
    const same = this.personsBySurname.get(surname);
    if (!same) this.personsBySurname.set(surname, [c]);
    else if (!same.includes(c)) same.push(c);
    const initial = this.personsByInitial.get(surname[0]!);
    if (!initial) this.personsByInitial.set(surname[0]!, [c]);
    else if (!initial.includes(c)) initial.push(c);
  }

  /** People whose surname is `surname` or a misspelling of it. */
  private peopleNamed(surname: string): Cluster[] {
    // A surname already seen is the common case; misspellings are looked for only when it is new.
    const exact = this.personsBySurname.get(surname);
    if (exact) return exact;
    const initial = this.personsByInitial.get(surname[0]!);
    if (!initial) return NOBODY;
    // Made only when someone matches: most lone words (`Labour`) are nobody's surname.
    let out: Cluster[] | null = null;
    for (let k = initial.length - 1, n = 0; k >= 0 && n < FUZZY_CAP; k--, n++) {
      const c = initial[k]!;
      if (c.surname && sameNamePart(c.surname, surname) && !(out !== null && out.includes(c))) (out ??= []).push(c);
    }
    return out ?? NOBODY;
  }

  private person(m: NameMention): Cluster {
    const surname = m.parts[m.parts.length - 1]!;
    const given = m.parts.length >= 2 ? m.parts[0]! : null;
    let best: Cluster | null = null;
    for (const c of this.peopleNamed(surname)) {
      if (m.gender && c.gender && m.gender !== c.gender) continue;
      if (given && c.given && !compatibleGivenNames(given, c.given)) continue;
      // A titled surname (`Mr Blair`) with two Blairs of unknown gender goes to the latest.
      if (!best || c.lastStart > best.lastStart) best = c;
    }
    if (!best) {
      // `Blair said …` before any full name: a lone word cluster becomes this person.
      const lone = this.lonewords.get(surname);
      if (lone && lone.kind === 'unknown') { lone.kind = 'person'; best = lone; this.lonewords.delete(surname); }
    }
    if (!best) best = this.create('person', m.name.text, m.parts.length);
    if (given && (!best.given || best.given.length === 1)) best.given = given;
    if (!best.surname) best.surname = surname;
    this.indexPerson(best, surname);
    return best;
  }

  /** A lone capitalised word: a known person's surname, an organisation's first word or acronym, or itself. */
  private single(m: NameMention): Cluster | null {
    const word = m.parts[0]!;
    let best: Cluster | null = null;
    for (const c of this.peopleNamed(word)) if (!best || c.lastStart > best.lastStart) best = c;
    if (best) return best;
    const org = this.orgs.get(word) ?? this.orgCores.get(word) ?? this.acronyms.get(word);
    if (org) return org;
    const seen = this.lonewords.get(word);
    if (seen) return seen;
    return m.sentenceInitial ? null : this.keyed(word, 'unknown', m.name.text, m, this.lonewords);
  }

  private organization(m: NameMention, vocab: NameVocabulary): Cluster {
    const key = m.parts.join(' ');
    // The name without its trailing cue words: `Sony Corp` → `sony`, `Labour Party` → `labour`.
    // Only a lone word is matched against it, so `Scottish Parliament` and `Scottish Executive` stay apart.
    let coreLength = m.parts.length;
    while (coreLength > 1 && vocab.orgCues.has(m.parts[coreLength - 1]!)) coreLength--;
    const core = coreLength < m.parts.length ? m.parts.slice(0, coreLength).join(' ') : null;
    let c = this.orgs.get(key) ?? (m.parts.length === 1 ? this.acronyms.get(key) ?? this.orgCores.get(key) : undefined);
    // `Sony` then `Sony Corp`, or `Labour` then `Labour Party`: the shorter form named the same body.
    const lone = core ? this.lonewords.get(core) : undefined;
    if (!c && lone && lone.kind === 'unknown') { c = lone; c.kind = 'organization'; }
    if (!c) c = this.create('organization', m.name.text, m.parts.length);
    if (!this.orgs.has(key)) this.orgs.set(key, c);
    if (core && !this.orgCores.has(core)) this.orgCores.set(core, c);
    let acronym = '';
    /** The name lower-cased, made at the first part whose first letter differs from the name's. */
    let lowerName: string | null = null;
    for (let k = 0; k < m.parts.length; k++) {
      const word = m.parts[k]!;
      if (word[0] !== m.name.text[0] && !isCapitalisedWord(m.name.text, lowerName ??= m.name.text.toLowerCase(), word)) continue;
      acronym += word[0];
    }
    if (m.parts.length >= 2 && acronym.length >= 2 && !this.acronyms.has(acronym)) this.acronyms.set(acronym, c);
    return c;
  }

  /** An entity named by a phrase rather than a name (`a spokesman for Sony`, `a report`); equal phrases share one. */
  phrase(span: Span, kind: EntityKind, vocab: NameVocabulary): Cluster {
    const name = stripArticle(span.text, vocab);
    const key = `phrase:${kind}:${name.toLowerCase()}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = this.create(kind, name, 0);
      this.byKey.set(key, c);
      if (name !== span.text || kind === 'person') c.descriptions.push(span.text);
    }
    c.mentions.push(span);
    c.lastStart = span.start;
    return c;
  }
}

/** Whether `word` (lower-cased part of `name`) is written capitalised in `name` (`of` in `Bank of England` is not). */
function isCapitalisedWord(name: string, lowerName: string, word: string): boolean {
  const at = lowerName.indexOf(word);
  const c = at >= 0 ? name.charCodeAt(at) : 0;
  return c >= 65 && c <= 90 || (c > 127 && name[at] !== name[at]!.toLowerCase());
}

function stripArticle(written: string, vocab: NameVocabulary): string {
  // A source keeps the comma that closes its apposition (`The senator, a Democrat from Ohio,`),
  // as PolNeAR marks it; the name does not.
  let end = written.length;
  while (end > 0 && (written[end - 1] === ',' || written[end - 1] === ' ')) end--;
  const text = written.slice(0, end);
  const space = text.indexOf(' ');
  if (space > 0 && vocab.appositionOpeners.has(text.slice(0, space).toLowerCase()) && space + 1 < text.length) return text.slice(space + 1);
  return text;
}

class SourceResolver {
  constructor(
    private doc: Document,
    private vocab: NameVocabulary,
    private locale: Locale,
    private clusters: ClusterIndex,
    private antecedents: Antecedent[],
    private insideQuote: Uint8Array,
  ) {}

  /** Entities resolved from earlier sources (`a spokesman for Sony`), in text order. */
  private spoken: Antecedent[] = [];
  private pronounTests = new Map<Pronoun, PronounTests>();

  private remember(c: Cluster | null, first: number): Cluster | null {
    if (c) this.spoken.push({ token: first, cluster: c });
    return c;
  }

  resolve(source: Span, first: number, last: number, mentionAtToken: Int32Array, clusterOfMention: Cluster[]): Cluster | null {
    return this.remember(this.resolveHead(source, first, last, mentionAtToken, clusterOfMention), first);
  }

  private resolveHead(source: Span, first: number, last: number, mentionAtToken: Int32Array, clusterOfMention: Cluster[]): Cluster | null {
    const tokens = this.doc.tokens;
    const head = this.headToken(first, last);
    const h = tokens[head]!;
    const lower = h.text.toLowerCase();
    const named = mentionAtToken[head]!;
    if (named >= 0 && h.pos !== 'PRON') {
      const c = clusterOfMention[named]!;
      // A lone word that speaks is a body more often than a person (`Sony said`), unless it is a given name.
      if (c.kind === 'unknown') {
        c.kind = this.vocab.genders.has(namePart(h.text)) ? 'person' : 'organization';
        if (c.kind === 'organization') c.guessedBody = true;
      }
      return c;
    }
    const appositive = this.namedApposition(head, last, mentionAtToken);
    if (appositive >= 0 && h.pos !== 'PRON') return clusterOfMention[appositive]!;
    if (h.pos === 'PRON' && first === head && this.vocab.relativePronouns.has(lower)) return this.antecedentOf(source, first, mentionAtToken, clusterOfMention);
    // `his warning that…`: a possessive owning a statement refers back as its personal pronoun does.
    const personal = first === head ? this.locale.entities?.possessiveReferents?.[lower] ?? lower : lower;
    const pronoun = this.locale.pronouns[personal];
    if (pronoun && first === head) {
      const c = this.pronounReferent(first, pronoun);
      if (c && (c.kind === 'unknown' || c.guessedBody === true) && pronoun.gender !== undefined && (pronoun.kinds as string[]).includes('person')) { c.kind = 'person'; c.guessedBody = false; }
      // The pronoun tells the gender of a person the vocabulary could not (`Sanders … he`), so a
      // later `she` nearby does not land on him.
      if (c && c.kind === 'person' && !c.gender && pronoun.gender) c.gender = pronoun.gender;
      if (c) c.mentions.push(source);
      return c;
    }
    const headWord = namePart(h.text);
    if (this.vocab.documentNouns.has(headWord)) return this.clusters.phrase(source, 'other', this.vocab);
    const determiner = tokens[first]!.text.toLowerCase();
    const definite = this.locale.words.definiteArticles.has(determiner) || (first !== head && this.locale.pronouns[determiner] === undefined && tokens[first]!.pos === 'PRON');
    const wantsOrg = this.vocab.orgNouns.has(headWord) && !this.vocab.roleNouns.has(headWord);
    if (definite && last - first <= 3) {
      const gender = this.vocab.genders.get(headWord);
      const c = wantsOrg
        ? this.nearest(first, (x) => x.kind === 'organization' || x.kind === 'unknown')
        : this.nearest(first, (x) => x.kind === 'person' && describes(x, headWord)) ?? this.nearest(first, (x) => x.kind === 'person' && (!gender || !x.gender || x.gender === gender));
      if (c) {
        if (c.kind === 'unknown') c.kind = 'organization';
        c.mentions.push(source);
        return c;
      }
    }
    return this.clusters.phrase(source, wantsOrg ? 'organization' : 'person', this.vocab);
  }

  /** The entity a personal pronoun at `first` refers to (a possessive there stands for its
   *  personal form, `his` for `he`). Changes nothing. */
  private pronounReferent(first: number, pronoun: Pronoun): Cluster | null {
    const h = this.doc.tokens[first]!;
    const t = this.testsFor(pronoun);
    const gendered = !!pronoun.gender;
    // In order of preference, each the nearest that passes its test (nearest() for each):
    //   in the pronoun's own sentence (`Lynch said she recalled…`): 1. knownGenderSubject
    //   (gendered pronouns), 2. fitsSubject, 3. knownGender (gendered), 4. fits;
    //   5. lastSpeaker(fits); then anywhere: 6. knownGender (gendered), 7. fitsNamed.
    // nearest() would walk back over the same entities once per test; this walks once.
    const sentenceStart = this.doc.sentences[h.sentence]?.firstToken ?? first;
    let inSentence = true;
    let subjectFit: Cluster | null = null;
    let genderFit: Cluster | null = null;
    let fit: Cluster | null = null;
    let genderAnywhere: Cluster | null = null;
    let namedAnywhere: Cluster | null = null;
    const walk = new NearestWalk(this.antecedents, this.spoken, first);
    for (let n = 0; n < LOOKBACK && walk.more(); n++) {
      const a = walk.next();
      if (inSentence && a.token < sentenceStart) {
        inSentence = false;
        const found = subjectFit ?? genderFit ?? fit ?? this.lastSpeaker(first, t.fits);
        if (found) return found;
      }
      if (this.insideQuote[a.token] && !this.insideQuote[first]) continue;
      const x = a.cluster;
      if (inSentence) {
        if (gendered && t.knownGenderSubject(x, a.token)) return x;
        if (!subjectFit && t.fitsSubject(x, a.token)) subjectFit = x;
        if (gendered && !genderFit && t.knownGender(x)) genderFit = x;
        if (!fit && t.fits(x, a.token)) fit = x;
      }
      if (gendered && !genderAnywhere && t.knownGender(x)) genderAnywhere = x;
      if (!namedAnywhere && t.fitsNamed(x)) namedAnywhere = x;
      if (!inSentence && (genderAnywhere || (!gendered && namedAnywhere))) break;
    }
    if (inSentence) {
      const found = subjectFit ?? genderFit ?? fit ?? this.lastSpeaker(first, t.fits);
      if (found) return found;
    }
    return genderAnywhere ?? namedAnywhere;
  }

  /** pronounReferent's tests for one pronoun, made once per pronoun and article: they read only
   *  the pronoun, the cluster and the token asked about. */
  private testsFor(pronoun: Pronoun): PronounTests {
    let tests = this.pronounTests.get(pronoun);
    if (tests) return tests;
    const tokens = this.doc.tokens;
    const placePrepositions = this.locale.words.placePrepositions;
    const kinds = pronoun.kinds as string[];
    const fitsKind = (x: Cluster) => kinds.includes(x.kind === 'unknown' ? 'organization' : x.kind);
    const fitsGender = (x: Cluster) => !pronoun.gender || !x.gender || x.gender === pronoun.gender;
    // In the pronoun's sentence a lone word (`Lynch`, kind still open) may be the person a gendered pronoun means.
    const lonePerson = (x: Cluster, at: number) => (x.kind === 'unknown' || x.guessedBody === true) && pronoun.gender !== undefined && kinds.includes('person')
      // `an immigrant from Uganda who…, she plans`: a lone word after a place preposition is a place.
      && !placePrepositions.has(tokens[at - 1]?.lemma ?? '');
    // Elsewhere, `she` prefers a woman named nearby over a person of unknown gender named nearer.
    // `Clinton said she called Sanders to congratulate him on what she called…`: a name known to
    // be a woman's beats a nearer one of unknown gender.
    const knownGender = (x: Cluster) => fitsKind(x) && pronoun.gender !== undefined && x.gender === pronoun.gender;
    // In its own sentence, a name opening its clause (a subject) comes before a nearer object:
    // `Perez criticised Trump, …, whom he described`.
    const subject = (at: number) => opensItsClause(tokens, at);
    const fits = (x: Cluster, at: number) => (fitsKind(x) || lonePerson(x, at)) && fitsGender(x);
    tests = {
      knownGender,
      knownGenderSubject: (x, at) => knownGender(x) && subject(at),
      fits,
      fitsSubject: (x, at) => fits(x, at) && subject(at),
      fitsNamed: (x) => fitsKind(x) && fitsGender(x),
    };
    this.pronounTests.set(pronoun, tests);
    return tests;
  }

  /** The referent of a pronoun that is no quote's source (`Trump was talking when he told …`), as
   *  if it spoke, but without letting it change what is known of anyone. */
  referentOfPronoun(token: number, pronoun: Pronoun): Cluster | null {
    return this.pronounReferent(token, pronoun);
  }

  /** `McConnell, now the majority leader, who in 2010 said`, `a campaign surrogate who said`: a
   *  relative pronoun speaks for the noun phrase it follows (past one apposition set off by commas). */
  private antecedentOf(source: Span, first: number, mentionAtToken: Int32Array, clusterOfMention: Cluster[]): Cluster | null {
    const tokens = this.doc.tokens;
    const floor = this.doc.sentences[tokens[first]!.sentence]?.firstToken ?? 0;
    let k = first - 1;
    k = nonSpaceAtOrBefore(tokens, k, floor);
    const afterComma = k >= floor && tokens[k]!.text === ',';
    if (afterComma) k--;
    let phrase = k >= floor ? phraseEndingAt(this.doc, k, floor, this.locale) : null;
    // `a campaign surrogate/ADJ who`: the tagger's adjective ends the noun phrase.
    if (!phrase && k > floor && tokens[k]!.pos === 'ADJ') {
      const before = phraseEndingAt(this.doc, k - 1, floor, this.locale);
      if (before) phrase = { ...before, last: k, end: tokens[k]!.end };
    }
    // `McConnell, now the Senate majority leader, who`: the apposition's own name comes first.
    // `Braynard, a South Carolina native who writes`: so it does for an apposition the relative
    // clause restricts, one opening with an article right after the name's comma.
    const restrictedApposition = phrase !== null && !afterComma && this.locale.words.articles.has(tokens[phrase.first]!.lemma)
      && tokens[nonSpaceAtOrBefore(tokens, phrase.first - 1, floor)]?.text === ',';
    if (phrase && (afterComma || restrictedApposition)) {
      let j = phrase.first - 1;
      while (j >= floor && j > phrase.first - MAX_APPOSITION_BACK && tokens[j]!.text !== ',') j--;
      const named = j > floor && tokens[j]!.text === ',' ? phraseEndingAt(this.doc, j - 1, floor, this.locale) : null;
      if (named && mentionAtToken[named.last]! >= 0) phrase = named;
    }
    if (!phrase || tokens[phrase.last]!.pos === 'PRON') return null;
    const named = mentionAtToken[phrase.last]!;
    const span = { start: phrase.start, end: phrase.end, text: this.doc.text.slice(phrase.start, phrase.end) };
    const c = named >= 0 ? clusterOfMention[named]! : this.resolveHead(span, phrase.first, phrase.last, mentionAtToken, clusterOfMention);
    if (c) c.mentions.push(source);
    return c;
  }

  /** `Another critic, Laurence H. Tribe, said`: a common-noun head followed by a name set off by a
   *  comma is described by that name, which is who speaks; the name's mention, or -1. */
  private namedApposition(head: number, last: number, mentionAtToken: Int32Array): number {
    const tokens = this.doc.tokens;
    let k = head + 1;
    k = nonSpaceAtOrAfter(tokens, k, last);
    if (k > last || tokens[k]!.text !== ',') return -1;
    k++;
    k = nonSpaceAtOrAfter(tokens, k, last);
    return k <= last && tokens[k]!.pos === 'PROPN' ? mentionAtToken[k]! : -1;
  }

  /** The head of a source phrase: its last word before a preposition, comma or relative clause. */
  private headToken(first: number, last: number): number {
    const tokens = this.doc.tokens;
    let head = first;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t]!;
      if (tok.pos === 'SPACE') continue;
      if (t > first && (tok.pos === 'ADP' || tok.pos === 'PUNCT' || tok.pos === 'VERB' || tok.pos === 'AUX' || this.vocab.relativePronouns.has(tok.text.toLowerCase()))) break;
      // `Cruz himself`: the reflexive stresses the head before it.
      if (t > first && tok.pos === 'PRON' && this.locale.words.intensiveReflexives.has(tok.text.toLowerCase())) break;
      if (tok.pos === 'PART') continue;
      head = t;
    }
    return head;
  }

  /** `Trump said Cruz had lied. He added …`: a pronoun that speaks continues the latest speaker
   *  of its own or the previous paragraph, past names mentioned since. */
  private lastSpeaker(beforeToken: number, fits: (c: Cluster, at: number) => boolean): Cluster | null {
    const tokens = this.doc.tokens;
    const paragraph = tokens[beforeToken]!.paragraph;
    const j = countBefore(this.spoken, beforeToken) - 1;
    if (j < 0) return null;
    const a = this.spoken[j]!;
    const back = paragraph - tokens[a.token]!.paragraph;
    if (back > 1) return null;
    // `…,” Kunin said. ¶ “…,” she said`: a new paragraph's pronoun goes on with the speaker named
    // at the end of the previous one (a description, `advocates said`, is too loose to carry over),
    // unless the new paragraph has named someone fitting first.
    if (back === 1) {
      if (tokens[a.token]!.pos !== 'PROPN') return null;
      const k = countBefore(this.antecedents, beforeToken) - 1;
      const named = k >= 0 ? this.antecedents[k]! : null;
      if (named && tokens[named.token]!.paragraph === paragraph && !this.insideQuote[named.token] && fits(named.cluster, named.token)) return null;
    }
    return fits(a.cluster, a.token) ? a.cluster : null;
  }

  /** The nearest earlier named entity outside quotations that `fits`. */
  private nearest(beforeToken: number, fits: (c: Cluster, at: number) => boolean, fromToken = 0): Cluster | null {
    const walk = new NearestWalk(this.antecedents, this.spoken, beforeToken);
    for (let n = 0; n < LOOKBACK && walk.more(); n++) {
      const a = walk.next();
      if (a.token < fromToken) return null;
      if (this.insideQuote[a.token] && !this.insideQuote[beforeToken]) continue;
      if (fits(a.cluster, a.token)) return a.cluster;
    }
    return null;
  }
}

/** The named mentions and the resolved sources before a token, walked backwards together, nearest first. */
class NearestWalk {
  private k: number;
  private j: number;
  constructor(private antecedents: Antecedent[], private spoken: Antecedent[], beforeToken: number) {
    this.k = countBefore(antecedents, beforeToken) - 1;
    this.j = countBefore(spoken, beforeToken) - 1;
  }

  more(): boolean { return this.k >= 0 || this.j >= 0; }

  next(): Antecedent {
    const takeNamed = this.j < 0 || (this.k >= 0 && this.antecedents[this.k]!.token >= this.spoken[this.j]!.token);
    return takeNamed ? this.antecedents[this.k--]! : this.spoken[this.j--]!;
  }
}

/** `Djokovic told a TV interviewer that he…`: a sentence-initial word right before a speech verb is
 *  a name even when that statement's source is a pronoun further on. */
function speaks(doc: Document, m: NameMention, vocab: NameVocabulary): boolean {
  let k = m.lastToken + 1;
  while (k < doc.tokens.length && (doc.tokens[k]!.pos === 'SPACE' || doc.tokens[k]!.pos === 'ADV' || doc.tokens[k]!.pos === 'AUX')) k++;
  const next = doc.tokens[k];
  return next !== undefined && next.pos === 'VERB' && vocab.cueForms.has(next.text.toLowerCase());
}

function countBefore(list: Antecedent[], token: number): number {
  return lowerBound(list.length, (i) => list[i]!.token < token);
}

/** Whether the entity's name, titles or descriptions use the role word (`minister`). */
function describes(c: Cluster, word: string): boolean {
  for (const d of c.descriptions) if (containsWord(d.toLowerCase(), word)) return true;
  for (const a of c.aliases) if (containsWord(a.toLowerCase(), word)) return true;
  return false;
}

function containsWord(haystack: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(word, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : haystack[at - 1]!;
    const after = haystack[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
