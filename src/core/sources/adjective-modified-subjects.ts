// `A source close to him said`, `officials familiar with the talks said`, `voters angry at
// Washington say`: a subject whose head a postposed adjective and its prepositional object follow,
// right before the cue. The object is no subject of its own, and the whole phrase is the source.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { SourceMention } from './sources.js';
import { phraseEndingAt } from './source-noun-phrases.js';
import { startsClause } from './clause-openings.js';
import { isNoun } from '../document/nouns.js';

/** Tokens the adjective's object may take (`the talks`, `Mr. Trump's campaign`). */
const MAX_OBJECT = 8;

/** Parts of speech inside the adjective's object. */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'SPACE']);

/** The subject as written, from its first word to token `last` (the end of the adjective's
 *  object, right before the cue), or null when the words before the cue are no such phrase. */
export function adjectiveModifiedSubject(doc: Document, last: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  for (let j = last; j >= floor + 2 && last - j < MAX_OBJECT; j--) {
    const t = tokens[j]!;
    if (t.pos === 'ADP') return j < last && tokens[j - 1]!.pos === 'ADJ' ? subjectBefore(tokens, j - 2) : null;
    if (!OBJECT_POS.has(t.pos)) return null;
  }
  return null;

  function subjectBefore(tokens: Token[], head: number): SourceMention | null {
    const h = tokens[head]!;
    if (!isNoun(h)) return null;
    const subject = phraseEndingAt(doc, head, floor, locale);
    if (!subject || subject.last !== head || !startsClause(tokens, subject.first, floor)) return null;
    return { first: subject.first, last, start: subject.start, end: tokens[last]!.end };
  }
}
