// A statement whose reported content opens with another attribution:
//   `A report in the Financial Times said that [Gordon Brown had told] colleagues …`
//   `The Guardian reported that [Tony Blair said] the talks had failed`
//   `According to a report in The Guardian, [Mr Brown said] the plan would be delayed`
// The outer source (an outlet or a document) relayed it; the inner one is who spoke. The quote
// stage gives one quotation with the outer source; entities.ts takes the inner source as the
// speaker and relays.ts puts the outer one in `via`.
import type { Document } from '../document/document.js';
import type { QuoteDraft } from '../quotes/quotes.js';
import type { NameVocabulary } from './name-vocabulary.js';
import { tokensWithin } from '../document/token-index.js';
import { isNoun } from '../document/nouns.js';

/** How many tokens the inner source and its auxiliaries may take before the cue. */
const INNER_SOURCE_MAX = 8;

/** Token range of the inner source at the start of the quote's content, or null. */
export function embeddedSource(doc: Document, quote: QuoteDraft, vocab: NameVocabulary): [number, number] | null {
  if (quote.kind === 'direct') return null;
  const content = quote.content[0];
  if (!content) return null;
  const { tokens } = doc;
  const [f, l] = tokensWithin(tokens, content.start, content.end);
  let first = f;
  while (first <= l && (tokens[first]!.pos === 'SPACE' || tokens[first]!.pos === 'SCONJ' || tokens[first]!.text === ',')) first++;
  for (let t = first; t <= l && t - first <= INNER_SOURCE_MAX; t++) {
    const tok = tokens[t]!;
    if (t > first && (tok.pos === 'VERB' || tok.pos === 'AUX')) {
      if (!vocab.cueForms.has(tok.text.toLowerCase())) {
        if (tok.pos === 'AUX') continue; // `had told`
        return null;
      }
      let last = t - 1;
      while (last > first && tokens[last]!.pos === 'AUX') last--;
      const head = tokens[last]!;
      return isNoun(head) || head.pos === 'PRON' ? [first, last] : null;
    }
    if (tok.pos === 'PUNCT' && tok.text !== '.' && tok.text !== ',') return null;
  }
  return null;
}
