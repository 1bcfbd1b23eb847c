// Relayed attribution: the outlets and documents a statement reached the article through.
//
// Read in the attribution part of the quote's sentence (everything outside quotation content):
//   before the source — `A report in the Financial Times said that X said …`, `The Guardian
//     reported that X said …`, `According to a report in …, X said …`, `Speaking to the BBC, X said`;
//   right after the cue — `X told the BBC …`, `X said in an interview with Reuters`.
// `via` runs outermost first: an outlet before the document it published (FT → report), then
// relays named before the source in text order, then the outlet the speaker spoke to.
// A document named after the cue (`X said in a statement`) is the speaker's own medium, not a relay.
import type { Entity, Span } from '../../types.js';
import type { Document, Token } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import type { Locale } from '../../locales/locale.js';
import { nameVocabulary, type NameVocabulary } from '../speakers/name-vocabulary.js';
import { namePart } from '../speakers/mentions.js';
import { tokenAtOrAfter, tokensWithin } from '../document/token-index.js';
import { quotedTokens } from '../speakers/quoted-tokens.js';
import { continuationOf } from '../speakers/continuation.js';
import { embeddedSource } from '../speakers/embedded-attribution.js';
import { isNoun } from '../document/nouns.js';

/** How many tokens after the cue an outlet may sit and still be who the speaker told. */
const AFTER_CUE_WINDOW = 8;
/** How many modifiers may precede a document noun (`a leaked internal Treasury report`). */
const DOCUMENT_MODIFIERS = 4;

/** `via[i]` lists entity ids for quotes[i], outermost first; `entities` may gain document entities. */
export function linkRelays(doc: Document, quotes: QuoteDraft[], entities: Entity[], locale: Locale): { entities: Entity[]; via: string[][] } {
  const vocab = nameVocabulary(locale);
  const { tokens } = doc;
  const out = entities.slice();
  const outletAt = new Map<number, { entity: Entity; lastToken: number }>();
  for (const e of entities) {
    if (e.kind !== 'outlet') continue;
    for (const m of e.mentions) {
      const [f, l] = tokensWithin(tokens, m.start, m.end);
      if (f <= l) outletAt.set(f, { entity: e, lastToken: l });
    }
  }
  // The document entities by lower-cased name, read only when a quote names a document (few do).
  let documentsByName: Map<string, Entity> | null = null;
  const documents = (): Map<string, Entity> => {
    if (!documentsByName) {
      documentsByName = new Map();
      for (const e of entities) if (e.kind === 'other') documentsByName.set(e.name.toLowerCase(), e);
    }
    return documentsByName;
  };
  const inside = quotedTokens(doc, quotes);

  const viaOf = (q: QuoteDraft): string[] => {
    // One array literal for every quote, with or without relays, so all share one elements kind.
    const chain: string[] = [];
    const anchor = q.source ?? q.cue;
    if (!anchor || outletAt.size + vocab.documentNouns.size === 0) return chain;
    const add = (id: string) => { if (!chain.includes(id)) chain.push(id); };
    const [sf, sl] = q.source ? tokensWithin(tokens, q.source.start, q.source.end) : [-1, -2];
    const sourceIsDocument = sf >= 0 && rangeHas(tokens, sf, sl, (t) => vocab.documentNouns.has(t.text.toLowerCase()));
    const anchorToken = tokenAtOrAfter(tokens, anchor.start);
    const sentence = doc.sentences[tokens[Math.min(anchorToken, tokens.length - 1)]!.sentence]!;
    const beforeSource = sf >= 0 ? sf : anchorToken;
    const cueEnd = q.cue ? tokenAtOrAfter(tokens, q.cue.end) : sl + 1;

    // `A report in the FT said that X said …`: the source itself is the relay (outlet, then document).
    // Two articles in three name no outlet: their tokens skip the outlet lookups.
    const hasOutlets = outletAt.size !== 0;
    const sourceHasOutlet = sf >= 0 && hasOutlets && rangeHas(tokens, sf, sl, (t) => outletAt.has(t.i));
    if ((sourceIsDocument || sourceHasOutlet) && embeddedSource(doc, q, vocab)) {
      for (let t = sf; t <= sl; t++) { const o = outletAt.get(t); if (o && !isModifier(tokens, o.lastToken, vocab, false)) add(o.entity.id); }
      if (sourceIsDocument) add(documentEntity(q.source!, vocab, documents(), out).id);
    }
    // Past the source, the cue's window and the tokens before the source, nothing below can be added.
    const lastRelay = Math.min(sentence.lastToken, Math.max(beforeSource - 1, cueEnd + AFTER_CUE_WINDOW, sl));
    for (let t = sentence.firstToken; t <= lastRelay; t++) {
      if (inside[t]) continue;
      const inSource = t >= sf && t <= sl;
      const outlet = hasOutlets ? outletAt.get(t) : undefined;
      if (outlet) {
        const afterCue = t >= cueEnd && t - cueEnd <= AFTER_CUE_WINDOW && !inSource;
        const beforeIt = t < beforeSource;
        if ((beforeIt || afterCue || (inSource && sourceIsDocument)) && !isModifier(tokens, outlet.lastToken, vocab, beforeIt)) add(outlet.entity.id);
        t = outlet.lastToken;
        continue;
      }
      if (t >= beforeSource && !(inSource && sourceIsDocument)) continue;
      const word = tokens[t]!;
      if (word.pos !== 'NOUN' || !vocab.documentNouns.has(word.text.toLowerCase())) continue;
      const phrase = documentPhrase(doc, t, vocab, outletAt);
      if (!phrase || !(inSource || relaysBefore(tokens, phrase.first, beforeSource, vocab))) continue;
      if (phrase.outlet) add(phrase.outlet.id);
      if (!inSource) add(documentEntity(phrase.span, vocab, documents(), out).id);
      t = phrase.last;
    }
    return chain;
  };
  // Built by push, not map: see extract.ts.
  const via: string[][] = [];
  for (let i = 0; i < quotes.length; i++) via.push(viaOf(quotes[i]!));

  // A quote that continues an attributed one came through the same relays.
  continuationOf(doc, quotes).forEach((root, i) => { if (root !== null && via[i]!.length === 0) via[i] = via[root]!.slice(); });
  return { entities: out, via };
}

function rangeHas(tokens: Token[], f: number, l: number, test: (t: Token) => boolean): boolean {
  for (let t = f; t <= l; t++) if (test(tokens[t]!)) return true;
  return false;
}

/** `BBC political editor Nick Robinson`, `the BBC's editor`: the outlet describes someone rather than
 *  carrying the statement. After the cue only the possessive counts (`told the BBC yesterday`). */
function isModifier(tokens: Token[], last: number, vocab: NameVocabulary, beforeSource: boolean): boolean {
  const next = tokens[last + 1];
  if (!next) return false;
  if (next.pos === 'PART' && vocab.possessiveClitic.test(next.text)) return true;
  return beforeSource && (isNoun(next) || next.pos === 'ADJ') && !vocab.documentNouns.has(next.text.toLowerCase());
}

/** A document carries a relayed statement when a cue follows it (`a report … said that`) or `according` precedes it. */
function relaysBefore(tokens: Token[], first: number, beforeSource: number, vocab: NameVocabulary): boolean {
  const prev = tokens[first - 1];
  // `In a statement, X said` names X's own medium.
  if (prev && vocab.mediumPrepositions.has(prev.text.toLowerCase()) && !(tokens[first - 2] !== undefined && vocab.accordingWords.has(tokens[first - 2]!.text.toLowerCase()))) return false;
  for (let t = Math.max(0, first - 2); t < beforeSource; t++) if (vocab.cueForms.has(tokens[t]!.text.toLowerCase())) return true;
  return false;
}

type DocumentPhrase = { span: Span; first: number; last: number; outlet: Entity | null };

/** `a report in the Financial Times`, `an FT report`, `a statement`: the document noun at `t` with its modifiers and outlet. */
function documentPhrase(doc: Document, t: number, vocab: NameVocabulary, outletAt: Map<number, { entity: Entity; lastToken: number }>): DocumentPhrase | null {
  const { tokens, text } = doc;
  let first = t;
  let outlet: Entity | null = null;
  while (first - 1 >= 0 && t - first < DOCUMENT_MODIFIERS) {
    const p = tokens[first - 1]!;
    if (p.sentence !== tokens[t]!.sentence) break;
    if (p.pos === 'DET') { first--; break; }
    if (!(p.pos === 'ADJ' || isNoun(p) || p.pos === 'NUM' || (p.pos === 'PART' && vocab.possessiveClitic.test(p.text)))) break;
    first--;
  }
  for (let k = first; k < t && !outlet; k++) outlet = outletAt.get(k)?.entity ?? null;
  let last = t;
  // `in the Financial Times`, `by Reuters`, `from the BBC`
  const prep = tokens[t + 1];
  if (!outlet && prep && prep.pos === 'ADP') {
    let k = t + 2;
    if (tokens[k]?.pos === 'DET') k++;
    const o = outletAt.get(k);
    if (o) { outlet = o.entity; last = o.lastToken; }
  }
  if (tokens[first]!.pos !== 'DET' && !outlet && first === t) return null;
  return { span: { start: tokens[first]!.start, end: tokens[last]!.end, text: text.slice(tokens[first]!.start, tokens[last]!.end) }, first, last, outlet };
}

function documentEntity(span: Span, vocab: NameVocabulary, documents: Map<string, Entity>, out: Entity[]): Entity {
  const space = span.text.indexOf(' ');
  const opener = space > 0 ? namePart(span.text.slice(0, space)) : '';
  const name = vocab.appositionOpeners.has(opener) ? span.text.slice(space + 1) : span.text;
  let e = documents.get(name.toLowerCase());
  if (!e) {
    e = { id: `e${out.length + 1}`, kind: 'other', name, aliases: [], descriptions: [], mentions: [] };
    documents.set(name.toLowerCase(), e);
    out.push(e);
  }
  if (!e.mentions.some((m) => m.start === span.start)) e.mentions.push(span);
  return e;
}
