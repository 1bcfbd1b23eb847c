// Which words before a cue verb its cue takes in (`has repeatedly said`, `now says`): auxiliaries,
// adverbs and particles, up to a few, but not the end of the subject before them.
import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from '../document/document.js';

/** Tokens a cue takes in front of its verb; an infinitive marker, tagged PART, belongs to the verb
 *  before (`wants to say`), not to the cue. */
const LEADING = new Set(['AUX', 'ADV', 'PART']);

/** How many words before the verb the cue may take. */
const LEADING_REACH = 4;

/** Whether token `k`, somewhere before the cue verb at `verb`, belongs to the cue. `Activists here
 *  point to…`, `a third said`: a word closing the subject stays with the source. (A capitalised
 *  modal read for a name, `Will wrote`, stays in the cue: the source stage finds the name there,
 *  in sources/cue-possessors.ts.) */
function leads(tokens: Token[], k: number, verb: number, words: FunctionWords): boolean {
  const t = tokens[k]!;
  if (!LEADING.has(t.pos) || words.infinitiveMarkers.has(t.lemma)) return false;
  const next = tokens[k + 1];
  if (words.subjectClosingAdverbs.has(t.text) && next !== undefined && (next.i === verb || next.pos === 'AUX')) return false;
  return true;
}

/** The earliest token the cue of verb `verb` may start at. */
export function earliestCueStart(verb: number): number {
  return Math.max(0, verb - LEADING_REACH + 1);
}

/** The first token of the cue whose verb is token `verb`. */
export function cueStart(tokens: Token[], verb: number, words: FunctionWords): number {
  let first = verb;
  while (first > 0 && first > verb - LEADING_REACH && leads(tokens, first - 1, verb, words)) first--;
  return first;
}
