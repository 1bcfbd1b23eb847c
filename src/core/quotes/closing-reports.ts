// A reporting clause that closes its sentence frames everything before it:
//   In one email, Carter described putting a note card in a “burn bag,” the Times reported.
//   Trump wants to reward “risk-taking and investment,” Ben Carson said Monday.
// The quoted words have a cue of their own earlier in the sentence (`described`, `wants`), but that
// cue is part of what the closing attribution reports, and PolNeAR's annotators give the sentence,
// quotation included, to the outer source (the reporter, not the person reported on).
import type { FunctionWords } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from '../sources/sources.js';
import { SENTENCE_END_MARKS } from '../document/sentence-ends.js';
import { isStatementType } from '../cues/cue-type-of-words.js';

/** Words an attribution closing a sentence may have after its cue before the sentence ends or a
 *  comma opens what follows (`said Monday`, `reported in 1991`, `wrote in a memo to staff`). */
const MAX_TAIL = 6;

/** Parts of speech of an adjunct after the cue (`on Monday`, `in a statement`, `last week`); an
 *  object or a clause (`said yes`, `said it would`) means the cue reports something else. */
const ADJUNCT_POS = new Set(['ADP', 'DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV']);

/** Whether cue `cue`, with its source written right after the quotation `quote` (`…,” the Times reported`, `…,” said Bolton`), is a speech or writing report that
 *  closes the sentence: the whole sentence before it, `inner` cue included, is what it reports. */
export function closesSentenceReport(doc: Document, cue: Cue, link: SourceLink | null, quote: { firstToken: number; lastToken: number }, inner: Cue, words: FunctionWords): boolean {
  if (!link || !reports(cue) || cue.frame === 'according') return false;
  const { tokens } = doc;
  const { first, last } = link.mention;
  const head = tokens[first]!;
  if (first === last && head.pos === 'PRON') {
    // `…, which will be published`: a relative clause goes on describing the quoted words.
    if (words.subjectRelatives.has(head.lemma)) return false;
    // `Roe said she felt that “…,” she said.`: a pronoun after an inner speech report names the
    // speaker of that report again rather than someone reporting it.
    if (reports(inner)) return false;
  }
  // `When Roe said he would “protect” them, the crowd cheered`: the quotation sits in an
  // adverbial clause, which the main clause after it does not report.
  if (inOpeningSubordinateClause(tokens, quote.firstToken, words)) return false;
  const quoteLast = quote.lastToken;
  // A source of its own, written after the quotation: not a participle borrowing the subject
  // before it (`…,” adding`).
  if (link.side === 'before') return first > quoteLast && onlyShortAdjunctAfter(tokens, cue.last, cue.sentence, MAX_TAIL);
  // `…,” said Bolton.`: an inverted subject ends the clause (`portrayed the nominee as…` does not).
  return cue.first > quoteLast && onlyShortAdjunctAfter(tokens, last, cue.sentence, 0);
}

function reports(cue: Cue): boolean {
  return isStatementType(cue.type);
}

/** Token `k` sits in the adverbial clause opening its sentence (`When…`, `While…`, `If…`): no
 *  comma has closed that clause before it. */
function inOpeningSubordinateClause(tokens: Token[], k: number, words: FunctionWords): boolean {
  const sentence = tokens[k]!.sentence;
  let j = k;
  while (j > 0 && tokens[j - 1]!.sentence === sentence) {
    j--;
    if (tokens[j]!.text === ',') return false;
  }
  while (j < k && (tokens[j]!.pos === 'SPACE' || tokens[j]!.pos === 'PUNCT')) j++;
  return words.subordinators.has(tokens[j]!.lemma.toLowerCase());
}

/** Only an adjunct of at most `maxTail` words follows token `end` before its sentence ends or a
 *  comma comes. */
function onlyShortAdjunctAfter(tokens: Token[], end: number, sentence: number, maxTail: number): boolean {
  for (let k = end + 1, n = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.sentence !== sentence || SENTENCE_END_MARKS.has(t.text) || t.text === ',') return true;
    if (++n > maxTail || !ADJUNCT_POS.has(t.pos)) return false;
  }
  return true;
}
