// The apposition after a name (`said Josh Bivens, research director of the Economic Policy
// Institute.`, `according to John Roe, a lawyer based in Ohio, the…`) or its relative clause
// (`said a committee member who supports Trump, asking…`), which PolNeAR counts in the source.
import type { FunctionWords } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { appositionPunctuation } from '../document/punctuation.js';
import { mention, type SourceMention } from './source-mention.js';
import { isNoun } from '../document/nouns.js';

export const MAX_APPOSITION = 30;

/** `said Josh Bivens, research director of the Economic Policy Institute.`: an inverted source
 *  takes in its apposition, up to the sentence end or the clause that follows it. Left as it is
 *  when no clear end comes within a bounded number of tokens. */
export function withApposition(doc: Document, named: SourceMention, ceiling: number, words: FunctionWords): SourceMention {
  const { tokens } = doc;
  let comma = named.last + 1;
  // `said Rep. Jim Clyburn (D-S.C.), the assistant leader…`: the party tag stays with the name.
  if (tokens[comma]?.text === '(') {
    let close = comma + 1;
    while (close <= ceiling && close - comma <= 8 && tokens[close]!.text !== ')') close++;
    if (close > ceiling || tokens[close]!.text !== ')') return named;
    named = mention(tokens, named.first, close);
    comma = close + 1;
  }
  if (tokens[comma]?.text !== ',' || comma + 1 > ceiling) return named;
  if (!opensApposition(tokens[comma + 1]!, words)) return named;
  let last = comma;
  for (let j = comma + 1; j <= ceiling && j - comma <= MAX_APPOSITION; j++) {
    const t = tokens[j]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') {
      const next = tokens[j + 1];
      if (!next || j + 1 > ceiling || !opensApposition(next, words)) return mention(tokens, named.first, last);
      continue;
    }
    if (t.pos === 'PUNCT' && !appositionPunctuation(words.possessiveMarkers).has(t.text)) return mention(tokens, named.first, last);
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      if (!(tokens[j - 1]!.pos === 'PRON' && words.subjectRelatives.has(tokens[j - 1]!.lemma)) && t.pos === 'AUX') return named;
    }
    last = j;
    if (j === ceiling) return mention(tokens, named.first, last);
  }
  return named;
}

/** `according to John Roe, a lawyer based in Ohio, the…`: an apposition after `named` that a comma
 *  closes, with no verb in it right after a name or pronoun (`Facebook, Trump generated…`). */
export function closedApposition(tokens: Token[], named: SourceMention, full: SourceMention): boolean {
  if (full.last === named.last) return true;
  if (tokens[full.last + 1]?.text !== ',') return false;
  for (let k = named.last + 2; k <= full.last; k++) {
    if (tokens[k]!.pos === 'VERB' && (tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'PRON')) return false;
  }
  return true;
}

function opensApposition(t: Token, words: FunctionWords): boolean {
  if (words.clauseAfterApposition.has(t.lemma)) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || isNoun(t) || t.pos === 'NUM' || words.possessivePronouns.has(t.lemma);
}

/** `said a prominent committee member who supports Trump, asking…`: an inverted subject with its
 *  relative clause, up to the comma or full stop that ends it; null when none comes soon. */
export function throughRelativeClause(doc: Document, named: SourceMention, ceiling: number, words: FunctionWords): SourceMention | null {
  const { tokens } = doc;
  for (let j = named.last + 2; j <= ceiling && j - named.last <= MAX_APPOSITION; j++) {
    const t = tokens[j]!;
    if (t.text === ',' || t.text === '.' || j === ceiling) {
      let last = t.pos === 'PUNCT' ? j - 1 : j;
      last = nonSpaceAtOrBefore(tokens, last, named.last + 1);
      return mention(tokens, named.first, last);
    }
    if (t.pos === 'PUNCT' && !appositionPunctuation(words.possessiveMarkers).has(t.text)) return null;
  }
  return null;
}
