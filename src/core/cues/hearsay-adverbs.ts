// `Trump reportedly told aides…`, `The FBI is reportedly making arrangements…`: a hearsay adverb
// attributes its clause to nobody named, and PolNeAR's cue is the adverb alone. Before a
// speech verb of its own (`reportedly said`, `reportedly argued that`) it is one of that verb's
// leading adverbs instead, and the verb keeps its source.
import type { Token } from '../document/document.js';
import type { CueEntry } from '../../locales/locale.js';
import { matchPhrase, type Phrase } from './phrase-table.js';
import { isStatementType } from './cue-type-of-words.js';

/** How many auxiliaries and adverbs may stand between the adverb and its verb (`reportedly has
 *  been chatting`). */
export const VERB_GROUP_WINDOW = 4;

/** The last token of the verb group after the hearsay adverb at `i` (`has been` of `reportedly
 *  has been critical`), or -1 when that group opens with a speech or writing cue, which takes the
 *  adverb in. */
export function hearsayVerbGroupEnd(tokens: Token[], i: number, table: ReadonlyMap<string, Phrase<CueEntry>[]>): number {
  let last = i;
  for (let k = i + 1; k < tokens.length && k - i <= VERB_GROUP_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    const statement = (table.get(t.lemma) ?? []).some((p) => isStatementType(p.entry.type) && matchPhrase(tokens, k, p.words, true) >= 0);
    if (statement && (t.pos === 'VERB' || t.pos === 'AUX')) return -1;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'VERB') break;
    last = k;
    if (t.pos === 'VERB') break;
  }
  return last;
}
