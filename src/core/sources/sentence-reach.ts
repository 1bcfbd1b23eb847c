// How far a cue's sentence reaches for its source: wink-nlp ends sentences too early after
// abbreviations (`Rep. John Mica (R-Fla.) said.`), so a sentence opening in lower case continues
// the one before.
import type { Document } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';

/** The lower-case first word of a sentence: wink-nlp ended the previous one too early, after an
 *  abbreviation (`Rep. John Mica (R-Fla.) said.`). */
function continuesPrevious(doc: Document, s: number): boolean {
  const sentence = doc.sentences[s];
  const previous = doc.sentences[s - 1];
  if (!sentence || !previous || previous.paragraph !== sentence.paragraph) return false;
  let k = sentence.firstToken;
  k = nonSpaceAtOrAfter(doc.tokens, k, sentence.lastToken - 1);
  // wink-nlp reads `insisted..everything` as `insisted` `.` `` `.` `everything`: an empty token.
  const text = doc.tokens[k]!.text;
  // An ASCII first letter is answered without toUpperCase (a runtime call per cue).
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  const c = text[0];
  return c !== undefined && c !== c.toUpperCase();
}

/** How far a cue's sentence reaches, across the early sentence ends wink-nlp makes after
 *  abbreviations (at most two either way). */
export function clauseBounds(doc: Document, cue: Cue): { floor: number; ceiling: number } {
  const s = cue.sentence;
  const sentence = doc.sentences[s];
  if (!sentence) return { floor: 0, ceiling: doc.tokens.length - 1 };
  let first = s;
  while (first > s - 2 && continuesPrevious(doc, first)) first--;
  let last = s;
  while (last < s + 2 && continuesPrevious(doc, last + 1)) last++;
  return { floor: doc.sentences[first]!.firstToken, ceiling: doc.sentences[last]!.lastToken };
}
