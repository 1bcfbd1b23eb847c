// Features of a learned-cue candidate (candidate.ts): the verb's form, what opens its complement,
// the words around it and the content's length. A few strings per candidate, computed only for
// verbs that have a complement and claim no words the rules already attributed.
import type { Document } from '../../document/document.js';
import { nonSpaceBefore } from '../../document/non-space-tokens.js';
import { countWords } from '../../document/word-tokens.js';
import type { VerbCandidate } from './candidate.js';
import type { SourceMention } from '../../sources/source-mention.js';

/** Parts of speech whose word is a feature itself (closed classes: `he`, `the`, `has`). */
export const WORD_CLASSES: ReadonlySet<string> = new Set(['PRON', 'DET', 'AUX', 'ADP', 'PART', 'SCONJ', 'CCONJ']);

export function shape(pos: string, lower: string): string {
  return WORD_CLASSES.has(pos) ? lower : pos;
}

export function lengthBucket(words: number): string {
  return words <= 1 ? '1' : words <= 2 ? '2' : words <= 5 ? '3-5' : words <= 10 ? '6-10' : '11+';
}

/** `lexicon`: the verb's form is a speech or belief cue of the locale (one whose rule built no
 *  attribution here); `source`: the subject the source rules found before the verb. */
export function verbFeatures(doc: Document, c: VerbCandidate, lexicon: boolean, source: SourceMention): string[] {
  const { tokens } = doc;
  const verb = tokens[c.verb]!;
  const lower = verb.text.toLowerCase();
  const from = tokens[c.from]!;
  const features = [
    `w=${lower}`,
    `l=${verb.lemma}`,
    `k=${c.kind}`,
    `wk=${lower}|${c.kind}`,
    `n1=${shape(from.pos, from.text.toLowerCase())}`,
    `len=${lengthBucket(countWords(tokens, c.from, c.to))}`,
  ];
  const last = tokens[c.to]!;
  features.push(`o=${shape(last.pos, last.text.toLowerCase())}`);
  if (c.cueLast !== c.verb) {
    const prep = tokens[c.cueLast]!.text.toLowerCase();
    features.push(`prep=${prep}`, `wp=${lower}|${prep}`);
  }
  if (lexicon) features.push('lexicon');
  const head = tokens[source.last]!;
  features.push(`s=${shape(head.pos, head.text.toLowerCase())}`, `sgap=${Math.min(3, countWords(tokens, source.last + 1, c.verb - 1))}`);
  const prev = nonSpaceBefore(tokens, c.verb);
  if (!prev || prev.sentence !== verb.sentence) features.push('p1=START');
  else {
    features.push(`p1=${shape(prev.pos, prev.text.toLowerCase())}`);
    const before = nonSpaceBefore(tokens, prev.i);
    if (before && before.sentence === verb.sentence) features.push(`p2=${shape(before.pos, before.text.toLowerCase())}`);
  }
  return features;
}
