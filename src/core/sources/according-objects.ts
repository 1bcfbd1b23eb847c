// `according to police`, `according to exit polls`: the tagger reads `to` as an infinitive marker and
// the word after it as a verb (`police/VERB`, `exit/VERB polls`), so no noun phrase starts there.
// After `according to` there is no infinitive: those words open the phrase that names the source.
import type { Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceMention } from './source-mention.js';
import { phraseStartingAt } from './source-noun-phrases.js';

/** Words read again after `according to`: enough for `recent exit polls`, `complete but unofficial returns`. */
const REREAD_WINDOW = 3;

/** The phrase after an `according to` cue, its words tagged as verbs read as nouns (names when
 *  capitalised); null when no word there was misread (the phrase as tagged stands) or none reads
 *  as a phrase. */
export function misreadAccordingObject(doc: Document, cue: Cue, ceiling: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const from = cue.last + 1;
  const last = Math.min(ceiling, from + REREAD_WINDOW - 1, tokens.length - 1);
  let reread: Token[] | null = null;
  for (let j = from; j <= last; j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE') break;
    // `a new/ADV Associated/VERB Press-GfK poll`: an adverb there modifies the noun, a capitalised
    // verb is a name word.
    const as = t.pos === 'VERB' ? (t.text === t.text.toLowerCase() ? 'NOUN' : 'PROPN') : t.pos === 'ADV' && j > from && tokens[j - 1]!.pos === 'DET' ? 'ADJ' : null;
    if (as === null) continue;
    reread ??= tokens.slice();
    reread[j] = { ...t, pos: as };
  }
  return reread ? phraseStartingAt({ ...doc, tokens: reread }, from, ceiling, locale, true) : null;
}
