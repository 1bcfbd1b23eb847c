// Commas inside an aside between a subject and its cue. Walking back from `…, said` over the
// asides set off by commas, a comma that opens no apposition or parenthetical of its own may still
// sit inside a longer one: the last item of a list (`assistant secretary for population, refugees,
// and migration, said`) or the predicate of a relative clause after its own apposition (`Rubio,
// whose hometown, Miami, is projected to…, argues`). Such a comma does not end the walk, so the
// subject that opens the whole aside is still found.
import type { Locale } from '../../locales/locale.js';
import type { Token } from '../document/document.js';
import { nonSpaceAfter } from '../document/non-space-tokens.js';
import { isNoun } from '../document/nouns.js';

/** Whether the comma at token `comma` can sit inside a longer aside: a coordinator after it
 *  continues a list, a verb after it is the predicate of a relative clause whose subject carries
 *  an apposition of its own. */
export function continuesAside(tokens: Token[], comma: number, locale: Locale): boolean {
  const next = nonSpaceAfter(tokens, comma);
  if (!next) return false;
  if (next.pos === 'CCONJ' && locale.words.additiveCoordinators.has(next.lemma)) return true;
  return (next.pos === 'VERB' || next.pos === 'AUX') && closesShortApposition(tokens, comma);
}

/** Words an apposition nested inside a relative clause may have (`, Miami,`, `, the startup Paradata,`). */
const MAX_NESTED_APPOSITION = 5;

/** Whether the comma at token `comma` closes a short nominal set off by the comma before it
 *  (`whose hometown, Miami, is`). A verb after a comma that closes anything else is more often a
 *  main clause's (`Paulson, who made billions…, told investors…, adding`). */
function closesShortApposition(tokens: Token[], comma: number): boolean {
  let words = 0;
  for (let k = comma - 1; k >= 0 && words <= MAX_NESTED_APPOSITION; k--) {
    const t = tokens[k]!;
    if (t.pos === 'SPACE') continue;
    if (t.text === ',') return words > 0;
    if (!isNoun(t) && t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
    words++;
  }
  return false;
}

/** Whether the comma at token `comma` opens an aside a subject can carry across inner commas: a
 *  relative clause (`, whose hometown, Miami, is…`) or an apposition (`, assistant secretary…`). */
export function opensLongAside(tokens: Token[], comma: number, locale: Locale, apposition: boolean): boolean {
  if (apposition) return true;
  const next = nonSpaceAfter(tokens, comma);
  return next !== undefined && locale.words.nonRestrictiveOpeners.has(next.lemma);
}
