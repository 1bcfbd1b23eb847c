// Where a reported clause ends: the writer's own continuation after the reported words
// (`…appear to have steadied the market, although some continue to struggle`). Each rule looks
// only at the tokens right after a candidate end that the clause finder already reached, so the
// cost is a few token reads per clause.
import type { Token } from './document.js';
import type { Cue } from './cues.js';
import type { FunctionWords, Locale } from '../locales/locale.js';
import { markSets } from './mark-sets.js';

/** The last content token once the writer's continuation is cut off, or `end` unchanged. */
export function reportedClauseBoundary(tokens: Token[], cue: Cue, from: number, end: number, locale: Locale): number {
  if (cue.frame === 'raising' || cue.frame === 'to') return infinitiveComplementEnd(tokens, from, end, locale);
  return end;
}

/** `The closures appear to have brought some stability, although some continue to struggle`,
 *  `…wanted the Fed to stop worrying about jobs, because he thought…`: the complement of a raising verb or of
 *  a cue taking an infinitive (`wants to`, `refused to`) is one predicate; a comma or a spaced
 *  dash after it turns to the writer's comment on the event. What continues the predicate stays:
 *  a coordinated or listed word (`, and`, `, unorthodox`), a closing mark, an infinitive, a name
 *  in apposition (`the court pick, Merrick Garland`), or a participle clause (`…, revealing a
 *  tendency to…`), which PolNeAR's annotators read as part of the judgment. Only the first break
 *  decides. On train the cut removes, outside/inside the gold content, 796/128 words after raising
 *  verbs and 1,079/446 after infinitive cues. */
function infinitiveComplementEnd(tokens: Token[], from: number, end: number, locale: Locale): number {
  const quoteMarks = markSets(locale).unambiguous;
  for (let k = from + 1; k < end; k++) {
    // A break after a quotation mark may be inside the quoted words, which stay whole.
    if (quoteMarks.has(tokens[k]!.text)) return end;
    if (!breaksClause(tokens, k)) continue;
    let next = k + 1;
    while (next <= end && tokens[next]!.pos === 'SPACE') next++;
    if (next > end) return end;
    if (continuesPredicate(tokens[next]!, locale.words) || tokens[k]!.text === ',' && tokens[next]!.pos === 'PROPN') return end;
    // Quoted words after the break would be left over as a quotation of their own with no cue.
    for (let q = next; q <= end; q++) if (quoteMarks.has(tokens[q]!.text)) return end;
    let cut = k - 1;
    while (cut > from && tokens[cut]!.pos === 'SPACE') cut--;
    return cut;
  }
  return end;
}

/** A comma, or a dash standing free (`— perhaps`, ` - and`), not one joining words (`black-tie`). */
function breaksClause(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.text === ',') return true;
  if (!DASHES.has(t.text)) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before === undefined || after === undefined || before.end < t.start || t.end < after.start || before.pos === 'SPACE' || after.pos === 'SPACE';
}
const DASHES = new Set(['—', '–', '-', '--']);

function continuesPredicate(next: Token, words: FunctionWords): boolean {
  if (CONTINUING_POS.has(next.pos)) return true;
  // The tagger reads some participles opening such a clause as nouns (`, winnowing the field`).
  return (next.pos === 'VERB' || next.pos === 'NOUN') && next.text.endsWith(words.endings.progressive);
}
/** After the break: `and`/`or`, an adjective of a list, a closing mark, an infinitive's `to`. */
const CONTINUING_POS = new Set(['CCONJ', 'ADJ', 'PUNCT', 'PART']);
