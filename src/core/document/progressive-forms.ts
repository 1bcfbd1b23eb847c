import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from './document.js';

/** Whether a word has the locale's progressive ending (`saying`, `SAYING`), whatever its tag: the
 *  rules read it as a participle or gerund, which has no subject of its own. */
export function isProgressiveForm(t: Token, words: FunctionWords): boolean {
  const text = t.text;
  const ending = words.endings.progressive;
  // Most words end in another letter: an ASCII last letter lower-cases to an ASCII letter, so one
  // that cannot become the ending's last letter settles it without lower-casing the word.
  const last = text.charCodeAt(text.length - 1);
  if (last < 128 && ending.length > 0 && (last >= 65 && last <= 90 ? last + 32 : last) !== ending.charCodeAt(ending.length - 1)) return false;
  return text.toLowerCase().endsWith(ending);
}
