// Which sentences the tagger reads inside extract(). It only adds attributions that have a cue and
// do not overlap a rule quotation (combine.ts), so a sentence with no cue-lexicon word (nor `:`,
// which introduces statements) or one a rule quotation already reaches cannot contribute: tagging
// the rest keeps the learned stage a small fraction of the pipeline's time.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { cueStartHashes } from './features.js';
import { hashLower, hashString } from './hashing.js';

const COLON = hashString(':');

/** 1 for each sentence worth tagging, by sentence index. */
export function sentencesToTag(doc: Document, locale: Pick<Locale, 'cues'>, ruleDrafts: QuoteDraft[]): Uint8Array {
  const starts = cueStartHashes(locale.cues ?? []);
  const wanted = new Uint8Array(doc.sentences.length);
  for (const t of doc.tokens) {
    if (wanted[t.sentence] || t.pos === 'SPACE') continue;
    if (t.pos !== 'VERB') continue;
    const h = hashLower(t.text);
    if (starts.has(h)) wanted[t.sentence] = 1;
  }
  const sentences = doc.sentences;
  for (const draft of ruleDrafts) {
    for (const span of draft.content) {
      // First sentence ending after the span starts, then every sentence it reaches.
      let lo = 0;
      let hi = sentences.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.end <= span.start) lo = mid + 1;
        else hi = mid;
      }
      for (let s = lo; s < sentences.length && sentences[s]!.start < span.end; s++) wanted[s] = 0;
    }
  }
  return wanted;
}
