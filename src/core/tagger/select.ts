// Which sentences the tagger reads inside extract(). It only adds attributions that have a cue and
// do not overlap a rule quotation (combine.ts), so a sentence with no cue-lexicon verb or one a
// rule quotation already reaches rarely contributes: tagging the rest (15% of BBC news tokens)
// keeps the learned stage a small fraction of the pipeline's time.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { startsCue } from './features.js';
import { hashLower } from './hashing.js';
import { lowerBound } from '../lower-bound.js';

/** 1 for each sentence worth tagging, by sentence index. */
export function sentencesToTag(doc: Document, locale: Pick<Locale, 'cues'>, ruleDrafts: QuoteDraft[]): Uint8Array {
  const cues = locale.cues ?? [];
  const sentences = doc.sentences;
  // Sentences a rule quotation reaches first (cheap), so their tokens are never read.
  const covered = new Uint8Array(sentences.length);
  for (const draft of ruleDrafts) {
    for (const span of draft.content) {
      // First sentence ending after the span starts, then every sentence it reaches.
      const first = lowerBound(sentences.length, (i) => sentences[i]!.end <= span.start);
      for (let s = first; s < sentences.length && sentences[s]!.start < span.end; s++) covered[s] = 1;
    }
  }
  const wanted = new Uint8Array(sentences.length);
  const tokens = doc.tokens;
  for (const sentence of sentences) {
    if (covered[sentence.i] === 1) continue;
    for (let i = sentence.firstToken; i <= sentence.lastToken; i++) {
      const t = tokens[i]!;
      // A cue used as a verb: nouns (`the claim`) and a bare colon rarely lead to an attribution
      // the rules missed, and skipping them leaves a fifth fewer tokens to tag.
      if (t.pos === 'VERB' && startsCue(cues, hashLower(t.text))) { wanted[sentence.i] = 1; break; }
    }
  }
  return wanted;
}
