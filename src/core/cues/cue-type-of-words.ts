// The cue type (types.ts CueType) of a cue known only by its words: a verb that frames a quotation
// without a lexicon cue, and extractions stored before quotes carried a type, which keep only the
// cue's text. Each word is looked up in the cue lexicon, then in the topic cues;
// the first lexicon phrase found in the words decides. A few words per cue, a map lookup each.
import type { CueType } from '../../types.js';
import type { CueEntry, Locale, TopicCue } from '../../locales/locale.js';
import { phraseTable, type Phrase } from './phrase-table.js';

/** Speech or writing: the source put words out (said, wrote, told), as against holding a belief,
 *  an intention or a stance. Only such cues report a statement another cue can relay, trim or
 *  continue. */
export function isStatementType(type: CueType | null | undefined): boolean {
  return type === 'speech' || type === 'writing';
}

/** The cue type a lexicon entry reports: a stance or decision, or its PolNeAR type. */
export function cueTypeOfEntry(entry: CueEntry | TopicCue): CueType {
  return 'stance' in entry && entry.stance ? 'stance' : entry.type;
}

/** `words`: the cue's words, lower-cased, in order (`has`, `repeatedly`, `endorsed`). Null when
 *  no lexicon phrase occurs in them. */
export function cueTypeOfWords(words: readonly string[], locale: Pick<Locale, 'cues' | 'topicCues'>): CueType | null {
  const fromCues = firstEntry(words, phraseTable(locale.cues));
  if (fromCues) return cueTypeOfEntry(fromCues);
  const fromTopics = locale.topicCues ? firstEntry(words, phraseTable(locale.topicCues)) : null;
  return fromTopics ? cueTypeOfEntry(fromTopics) : null;
}

/** Lower-cased words of a cue's text (`is upbeat about` → is, upbeat, about). */
export function cueWords(text: string): string[] {
  return text.toLowerCase().split(/[\s:]+/).filter((w) => w.length > 0);
}

function firstEntry<E>(words: readonly string[], table: Map<string, Phrase<E>[]>): E | null {
  for (let i = 0; i < words.length; i++) {
    const phrases = table.get(words[i]!);
    if (!phrases) continue;
    for (const phrase of phrases) {
      if (phrase.words.every((w, k) => words[i + k] === w)) return phrase.entry;
    }
  }
  return null;
}
