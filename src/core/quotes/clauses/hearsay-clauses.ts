// `The FBI is reportedly making arrangements to interview Hillary Clinton`: PolNeAR's content of a
// hearsay adverb is its clause without the adverb, the subject with its auxiliaries as one span and
// the predicate as another, credited to nobody named. `Reportedly, he made…` opening the sentence
// reports the clause after the comma.
import type { Span } from '../../../types.js';
import type { Locale } from '../../../locales/locale.js';
import type { Document } from '../../document/document.js';
import type { Cue } from '../../cues/cues.js';
import { countWords } from '../../document/word-tokens.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { tokenSpan } from '../../document/token-span.js';
import { clauseEnd } from './clause-boundaries.js';
import { isProgressiveForm } from '../../document/progressive-forms.js';

/** Parts of speech the subject and auxiliaries before the adverb are made of (`Hewlett Packard's
 *  CEO Meg Whitman has`, `The Club for Growth is`). */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'AUX', 'ADP', 'CCONJ']);

/** How many tokens back the subject may reach. */
const SUBJECT_REACH = 10;

/** PolNeAR leaves out what trails the predicate: a subordinate clause (`as it nears the end…`), a
 *  participle clause after a comma (`, leaving progressives fearful…`), a closing parenthesis. */
function predicateEnd(doc: Document, from: number, end: number, locale: Locale): number {
  const { tokens } = doc;
  for (let k = from + 1; k <= end; k++) {
    const t = tokens[k]!;
    const next = tokens[nonSpaceAtOrAfter(tokens, k + 1, end)];
    const trailing = t.pos === 'SCONJ' && !locale.words.declarativeComplementizers.has(t.lemma)
      || t.text === ')'
      || t.text === ',' && next !== undefined && next.pos === 'VERB' && isProgressiveForm(next, locale.words);
    if (trailing) return nonSpaceAtOrBefore(tokens, k - 1, from);
  }
  return end;
}

export function hearsayClause(doc: Document, cue: Cue, sFirst: number, sLast: number, cues: Cue[], locale: Locale): Span[] | null {
  const { tokens } = doc;
  let from = nonSpaceAtOrAfter(tokens, cue.last + 1, sLast);
  const opensSentence = nonSpaceAtOrAfter(tokens, sFirst, sLast) === cue.first;
  if (opensSentence) {
    if (tokens[from]?.text !== ',') return null;
    from = nonSpaceAtOrAfter(tokens, from + 1, sLast);
  }
  if (from > sLast) return null;
  const end = predicateEnd(doc, from, clauseEnd(doc, cue, from, sLast, cues, locale), locale);
  if (countWords(tokens, from, end) < 2) return null;
  const predicate = tokenSpan(doc, from, end);
  if (opensSentence) return [predicate];
  const subjectEnd = nonSpaceAtOrBefore(tokens, cue.first - 1, sFirst);
  let subjectStart = subjectEnd + 1;
  for (let k = subjectEnd; k >= sFirst && subjectEnd - k < SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (!SUBJECT_POS.has(t.pos) && !locale.words.possessiveClitics.has(t.text)) break;
    subjectStart = k;
  }
  // A subject that is only a relative (`who reportedly has…`) or reaches no noun names nobody.
  while (subjectStart <= subjectEnd && (tokens[subjectStart]!.pos === 'ADP' || locale.words.thingRelatives.has(tokens[subjectStart]!.lemma) || locale.words.subjectRelatives.has(tokens[subjectStart]!.lemma))) subjectStart++;
  if (subjectStart > subjectEnd || tokens[subjectStart]!.pos === 'AUX') return [predicate];
  return [tokenSpan(doc, subjectStart, subjectEnd), predicate];
}
