import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from './document.js';

/** Whether a word has the locale's progressive ending (`saying`, `SAYING`), whatever its tag: the
 *  rules read it as a participle or gerund, which has no subject of its own. */
export function isProgressiveForm(t: Token, words: FunctionWords): boolean {
  return t.text.toLowerCase().endsWith(words.endings.progressive);
}
