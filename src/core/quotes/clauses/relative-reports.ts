// A report inside a relative clause whose reported verb follows the cue with no subject of its
// own: `a gift he knew would lift me`, `a step they believe could help unify the party`, `which he
// believes will make it impossible…`. The subject of that verb is the relative head before the
// source, so PolNeAR's content is two spans: the head (the relative word, or the noun phrase
// of a that-less relative) and the predicate after the cue.
import type { FunctionWords } from '../../../locales/locale.js';
import type { Token } from '../../document/document.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { isNoun } from '../../document/nouns.js';
import { nounPhraseStart } from './noun-phrase-start.js';
import { isProgressiveForm } from '../../document/progressive-forms.js';

/** How many tokens the head noun phrase may take. */
const HEAD_WINDOW = 5;

/** First and last token of the relative head before a source starting at `sourceFirst`, when the
 *  predicate at `predicate` (right after the cue) is a finite verb with no subject; else null. */
export function relativeHead(tokens: Token[], sourceFirst: number, predicate: number, sFirst: number, words: FunctionWords): [number, number] | null {
  const verb = tokens[nonSpaceAtOrAfter(tokens, predicate)];
  if (!verb || !(verb.pos === 'AUX' || verb.pos === 'VERB' && !isProgressiveForm(verb, words))) return null;
  const last = nonSpaceAtOrBefore(tokens, sourceFirst - 1, sFirst);
  if (last < sFirst) return null;
  const t = tokens[last]!;
  if (words.thingRelatives.has(t.lemma) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) return [last, last];
  if (!isNoun(t)) return null;
  const first = nounPhraseStart(tokens, last, sFirst, HEAD_WINDOW, words);
  // `a gift he knew`: a determiner opens the head; a bare name before a source is a subject.
  return tokens[first]!.pos === 'DET' ? [first, last] : null;
}
