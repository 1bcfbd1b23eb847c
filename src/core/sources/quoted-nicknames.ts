// A nickname quoted inside a name (`Marcia “Cia” Price`): the marks belong to the name, not to a
// quotation, so source phrases run across them.
import type { Token } from '../document/document.js';
import { isCapitalised } from './nominal-words.js';

/** Whether token k closes a nickname quoted inside a name (`Marcia “Cia” Price`): a name, an
 *  opening mark, one capitalised name word, this closing mark, and the name going on. */
export function inQuotedNickname(tokens: Token[], k: number): boolean {
  const close = tokens[k];
  const after = tokens[k + 1];
  const nickname = tokens[k - 1];
  const open = tokens[k - 2];
  const before = tokens[k - 3];
  if (!close || !after || !nickname || !open || !before) return false;
  return NICKNAME_MARKS.has(close.text) && NICKNAME_MARKS.has(open.text) && nickname.pos === 'PROPN' && isCapitalised(nickname)
    && before.pos === 'PROPN' && after.pos === 'PROPN' && open.end === nickname.start && nickname.end === close.start;
}

/** Quotation marks that set off a nickname inside a name. */
const NICKNAME_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);
