// Who speaks in a cue the tagger misread or that has no subject: a capitalised modal read for a
// name (`Will wrote`) or the possessive pronoun before a noun cue (`her remark that…`).
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { mention, type SourceMention } from './source-mention.js';
import { vocabulary } from './source-vocabulary.js';

/** `Will described Trump as…`, `Will wrote`: a capitalised modal the tagger took into the cue
 *  before a past or third-person verb, which no modal governs, is the name of the subject; its
 *  index, or -1. */
export function modalReadForName(tokens: Token[], cue: Cue, words: FunctionWords): number {
  const first = tokens[cue.first]!;
  if (cue.first === cue.verb || first.pos !== 'AUX' || !/^\p{Lu}\p{Ll}/u.test(first.text)) return -1;
  const verb = tokens[cue.verb]!;
  // A modal governs a bare form: an inflected verb after it (`wrote`, `said`, `writes`) is finite.
  const form = verb.text.toLowerCase();
  const inflected = words.endings.verbAfterModalName.test(verb.text) || (form !== cue.lemma && !form.endsWith(words.endings.progressive));
  return cue.verb === cue.first + 1 && inflected ? cue.first : -1;
}

/** Words looked back over from a noun cue to its possessor (`her March comment`, `his earlier warning`). */
const MAX_POSSESSOR_GAP = 2;

/** `her remark that…`, `his promise to…`: the possessive pronoun before a noun cue speaks; its
 *  mention, or null when none stands there. (A named possessor, `Trump’s promise`, is part of the
 *  cue itself and found before it like any subject.) */
export function possessorOf(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  // The tagger reads some such nouns as verbs (`her March comment/VERB`); the possessor settles it.
  if ((tokens[cue.verb]!.pos !== 'NOUN' && tokens[cue.verb]!.pos !== 'VERB') || cue.first !== cue.verb) return null;
  let k = cue.first - 1;
  for (let n = 0; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (locale.words.possessivePronouns.has(t.lemma) && t.pos === 'PRON') return mention(tokens, k, k);
    if (n++ >= MAX_POSSESSOR_GAP || !(t.pos === 'ADJ' || vocabulary(locale).temporal.has(t.text.toLowerCase()))) return null;
  }
  return null;
}
