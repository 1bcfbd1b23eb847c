// The agent of a passive cue speaks: `was asked by host Ana Ruiz, "…"`, `As reported by the Daily
// Ledger, …`, `“River Song” was written by Ellison`, `an option seen by organizers as …`. The
// subject of a passive is what was said or the one spoken to, never the speaker, and PolNeAR gives
// the source to the `by` phrase.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { isPassiveCue } from '../cues/passive.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../document/non-space-tokens.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** Index of the `by` right after a passive cue, or -1. Passive: a be-auxiliary in the cue (`was
 *  asked`), an `as` before it (`as first reported`), or a participle with no subject of its own
 *  (`an option seen by`, `, first reported by`). */
export function passiveAgentPreposition(doc: Document, cue: Cue, ceiling: number, locale: Locale): number {
  const { tokens } = doc;
  const words = locale.words;
  const by = nonSpaceAtOrAfter(tokens, cue.last + 1, ceiling);
  if (by >= ceiling || tokens[by]!.pos !== 'ADP' || !words.agentPrepositions.has(tokens[by]!.lemma)) return -1;
  const verb = tokens[cue.verb]!;
  if (verb.pos !== 'VERB') return -1;
  const passive = isPassiveCue(tokens, cue.first, cue.verb, words) || beforeBeAuxiliary(tokens, cue, locale)
    || (words.endings.modifierParticiple.test(verb.text) && asOrReducedRelative(tokens, cue, locale));
  if (!passive) return -1;
  return isMeans(tokens, by + 1, ceiling, words) ? -1 : by;
}

/** `Hale was asked by`, `he had been asked to … by`: a be-auxiliary the cue did not take in. */
function beforeBeAuxiliary(tokens: Token[], cue: Cue, locale: Locale): boolean {
  let k = nonSpaceAtOrBefore(tokens, cue.first - 1);
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k = nonSpaceAtOrBefore(tokens, k - 1);
  return k >= 0 && tokens[k]!.pos === 'AUX' && locale.words.passiveBeForms.has(tokens[k]!.text.toLowerCase()) && !isProgressiveForm(tokens[cue.verb]!, locale.words);
}

/** `as reported by`, `, first reported by`, `an option seen by`: no subject acts through the
 *  participle; an active past tense has its subject right before it (`Smith said by phone`), which
 *  only a name or pronoun settles, so a name or pronoun before the cue rules the passive out. */
function asOrReducedRelative(tokens: Token[], cue: Cue, locale: Locale): boolean {
  if (locale.words.attributionConjunctions.has(tokens[cue.first]!.lemma)) return true;
  let k = nonSpaceAtOrBefore(tokens, cue.first - 1);
  while (k >= 0 && tokens[k]!.pos === 'ADV') k = nonSpaceAtOrBefore(tokens, k - 1);
  if (k < 0) return false;
  const before = tokens[k]!;
  if (locale.words.attributionConjunctions.has(before.lemma) || before.text === ',') return true;
  return before.pos === 'NOUN' && tokens[k - 1]?.pos === 'DET';
}

/** `said by phone`, `told by email`: a bare singular common noun after `by` is the means, not an agent. */
function isMeans(tokens: Token[], from: number, ceiling: number, words: FunctionWords): boolean {
  const k = nonSpaceAtOrAfter(tokens, from, ceiling);
  const t = tokens[k];
  if (!t || k > ceiling) return true;
  const next = tokens[k + 1];
  return t.pos === 'NOUN' && !t.text.endsWith(words.endings.plural) && (next === undefined || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'SCONJ');
}
