// `claiming his third victory`, `maintains a lead`, `pledged its support`, `admitted 10,000
// refugees`, `showed strength`: some cue verbs have a second sense whose object is a plain noun
// phrase, with no verb of its own before the phrase ends; it names a thing won, kept, given or let
// in, not a statement (`claimed the plan would fail`, `showed Clinton leading` hold a verb). A poll
// or record as the subject reports a noun phrase all the same (`the poll showed a tight race`).
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { markSets } from '../marks/mark-sets.js';

const CLAUSE_POS = new Set(['VERB', 'AUX', 'SCONJ', 'PART']);
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'ADJ', 'PRON', 'NUM', 'PROPN']);

/** Whether the cue word at `verb` is followed by a noun phrase that ends (at punctuation, a
 *  conjunction or the sentence end) without a verb, a complementizer or `to`. A quotation mark
 *  inside it makes the words quoted speech (`pledged a “political revolution”`). */
export function takesOnlyNounPhrase(doc: Document, verb: number, locale: Locale): boolean {
  const { tokens } = doc;
  const words = locale.words;
  const marks = markSets(locale).any;
  const sentence = doc.sentences[tokens[verb]!.sentence];
  if (!sentence) return false;
  let opened = false;
  for (let k = verb + 1; k <= sentence.lastToken; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (marks.has(t.text)) return false;
    if (!opened) {
      if (!OBJECT_OPENERS.has(t.pos) || words.complementizers.has(t.lemma)) return false;
      if (t.pos === 'PRON' && words.subjectPronounsAndWho.has(t.lemma)) return false;
      opened = true;
    }
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return true;
    if (CLAUSE_POS.has(t.pos)) return false;
  }
  return true;
}

/** Whether a poll, record or other evidence noun stands in the cue's sentence before the cue word. */
export function evidenceBefore(doc: Document, verb: number, evidence: ReadonlySet<string>): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[verb]!.sentence];
  if (!sentence) return false;
  for (let k = sentence.firstToken; k < verb; k++) if (evidence.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}
