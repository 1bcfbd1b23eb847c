// `said she wanted major change, but found Mr. Trump too objectionable`, `says he's proud of his
// campaign and expects to leave…`, `pointed out that Terris, the Post reporter, saw the incident`:
// a belief verb that goes on inside a reported clause, after `and`, `but` or a comma and with no
// subject of its own, is a second predicate of the reported subject, and PolNeAR keeps it in the
// clause the outer cue reports. So is a wish (`said she was tired of the status quo and wanted a
// candidate who…`), unless the outer cue took an object (`called Ford's plans “a disgrace,” and
// threatened to…`: the verb goes on from the cue's own subject) or the wish is a directive with
// its addressee before `to` (`tweeted that… and encouraged Americans to…`). Speech verbs there
// (`…, and added that…`) open an attribution of their own.
import type { Token } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';
import type { FunctionWords } from '../../../locales/locale.js';

/** Parts of speech that make a subject of the later cue's own between the break and the cue. */
const SUBJECT_HEADS = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'NUM']);
/** Parts of speech of a directive's addressee (`encouraged Americans to`, `urged the party's leaders to`). */
const ADDRESSEE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Tokens an addressee may take before `to`. */
const ADDRESSEE_WINDOW = 7;

/** Whether the later cue `next`, after the break at token `k` (a comma, `and`, `but` or another
 *  contrast link), continues the clause `outer` reports rather than ending it. */
export function continuesReportedClause(tokens: Token[], k: number, outer: Cue, next: Cue, words: FunctionWords): boolean {
  const wish = next.type === 'intention' && outer.frame !== 'object' && !isDirective(tokens, next, words);
  if (next.type !== 'belief' && !wish) return false;
  const t = tokens[k]!;
  if (t.text !== ',' && !words.clauseCoordinators.has(t.lemma) && !words.contrastLinks.has(t.lemma)) return false;
  for (let j = k + 1; j < next.first; j++) if (SUBJECT_HEADS.has(tokens[j]!.pos)) return false;
  return true;
}

/** An object between the cue and its `to` (`encouraged Americans to`): the wish is put to someone. */
function isDirective(tokens: Token[], cue: Cue, words: FunctionWords): boolean {
  let sawObject = false;
  for (let k = cue.last + 1; k < tokens.length && k - cue.last <= ADDRESSEE_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    // (The tagger reads the `to` before a quotation, `to “check out”`, as a preposition.)
    if (words.infinitiveMarkers.has(t.lemma)) return sawObject;
    if (!ADDRESSEE_POS.has(t.pos) && !words.possessiveClitics.has(t.text)) return false;
    sawObject = true;
  }
  return false;
}
