// Cue types in the corpus: reading a filter the user typed (CLI `--cue-type speech,writing`, API
// `?cueType=speech`), and filling in the type of quotes stored before quotes carried one
// (quotetrace 0.1 stores: the column is NULL, the stored extraction JSON lacks the field).
import { CUE_TYPES, type CueType, type Extraction, type Quote } from '../types.js';
import { cueTypeOfWords, cueWords } from '../core/cues/cue-type-of-words.js';
import { getLocale } from '../locales/index.js';

/** A cue type filter that names a value no quote can have: one line, for a usage error or a 400. */
export class CueTypeError extends Error {
  override name = 'CueTypeError';
}

/** `speech,writing` → ['speech', 'writing'] (comma-separated, case-insensitive, repeats dropped). */
export function parseCueTypes(value: string): CueType[] {
  const names = value.split(',').map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0);
  if (names.length === 0) throw new CueTypeError(`cue type needs one or more of ${CUE_TYPES.join(', ')}`);
  const unknown = names.filter((n) => !(CUE_TYPES as readonly string[]).includes(n));
  if (unknown.length) throw new CueTypeError(`unknown cue type "${unknown[0]}" (use ${CUE_TYPES.join(', ')})`);
  return CUE_TYPES.filter((t) => names.includes(t));
}

/** The type of a quote stored without one, from its cue's words as the lexicon reads them; a quote
 *  with no cue, or a cue the lexicon does not know, is speech (what extract() says of both). */
export function storedCueType(cue: string | null, language = 'en'): CueType {
  if (!cue) return 'speech';
  return cueTypeOfWords(cueWords(cue), getLocale(language)) ?? 'speech';
}

/** A stored extraction with every quote's cueType set: the same object when none was missing. */
export function withCueTypes(extraction: Extraction): Extraction {
  const quotes = extraction.quotes as Array<Quote & { cueType?: CueType }>;
  if (quotes.every((q) => q.cueType !== undefined)) return extraction;
  const language = extraction.meta?.language ?? 'en';
  return { ...extraction, quotes: quotes.map((q) => (q.cueType !== undefined ? q : { ...q, cueType: storedCueType(q.cue?.text ?? null, language) })) };
}

/** Zero for every cue type, in CUE_TYPES order, then the counts read from a store. */
export function cueTypeCounts(rows: Iterable<{ cueType: string; count: number }>): Record<CueType, number> {
  const counts = Object.fromEntries(CUE_TYPES.map((t) => [t, 0])) as Record<CueType, number>;
  for (const r of rows) if (r.cueType in counts) counts[r.cueType as CueType] += Number(r.count);
  return counts;
}
