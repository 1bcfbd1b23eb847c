// `But when Clinton said she would debate…, he looked like…`, `And while he said he would…, he
// clarified…`, `Even as aides insisted…, the campaign…`: a sentence may open with a coordinator, an
// adverb, a dash or a quotation mark before its fronted subordinate clause. Where that clause holds the
// attribution, the main clause after its comma is the writer's, so the reported clause ends there.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';

/** Tokens that may stand before the subordinator: `But`, `And`, `Even`, `-`, `“`. */
const LEAD_WINDOW = 2;

/** The subordinator that opens the sentence at `sentenceStart`, after at most two leading
 *  coordinators, adverbs or punctuation marks, or -1. */
export function frontedSubordinator(tokens: Token[], sentenceStart: number, before: number, words: FunctionWords): number {
  for (let k = sentenceStart; k < before && k - sentenceStart <= LEAD_WINDOW; k++) {
    const t = tokens[k]!;
    if (words.subordinators.has(t.lemma)) return k;
    if (t.pos !== 'SPACE' && t.pos !== 'PUNCT' && t.pos !== 'CCONJ' && t.pos !== 'ADV') return -1;
  }
  return -1;
}
