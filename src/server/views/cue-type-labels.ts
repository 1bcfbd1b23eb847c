// How each cue type is named to a reader, next to the quote it labels and in the search filter.
import type { CueType, QuoteKind } from '../../types.js';

/** Filter option names: what the source did. */
export const CUE_TYPE_LABELS: Record<CueType, string> = {
  speech: 'speech',
  writing: 'in writing',
  belief: 'belief',
  intention: 'intention',
  stance: 'stance or decision',
};

/** The label of one quote: speech is told apart by how it is quoted (`quotation`, `partial
 *  quotation`, `reported speech`); the other types say what the source did, however quoted. */
export function cueTypeLabel(cueType: CueType, kind?: QuoteKind): string {
  if (cueType === 'speech' && kind === 'direct') return 'quotation';
  if (cueType === 'speech' && kind === 'mixed') return 'partial quotation';
  if (cueType === 'speech' && kind === 'indirect') return 'reported speech';
  return CUE_TYPE_LABELS[cueType];
}
