// `said she wanted major change, but found Mr. Trump too objectionable`, `says he's proud of his
// campaign and expects to leave…`, `pointed out that Terris, the Post reporter, saw the incident`:
// a belief verb that goes on inside a reported clause, after `and`, `but` or a comma and with no
// subject of its own, is a second predicate of the reported subject, and PolNeAR keeps it in the
// clause the outer cue reports. Speech verbs there (`…, and added that…`) open an attribution of
// their own, and so do intentions (`tweeted that… and encouraged Americans to…`: counted as its
// own on dev, where treating it as embedded lost direct recall).
import type { Token } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';
import type { FunctionWords } from '../../../locales/locale.js';

/** Parts of speech that make a subject of the later cue's own between the break and the cue. */
const SUBJECT_HEADS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM']);

/** Whether the later cue `next`, after the break at token `k` (a comma, `and`, `but` or another
 *  contrast link), is a belief that continues the reported clause rather than ending it. */
export function continuesWithBelief(tokens: Token[], k: number, next: Cue, words: FunctionWords): boolean {
  if (next.type !== 'belief') return false;
  const t = tokens[k]!;
  if (t.text !== ',' && !words.clauseCoordinators.has(t.lemma) && !words.contrastLinks.has(t.lemma)) return false;
  for (let j = k + 1; j < next.first; j++) if (SUBJECT_HEADS.has(tokens[j]!.pos)) return false;
  return true;
}
