import type { Token } from '../document/document.js';
import type { FunctionWords } from '../../locales/locale.js';
import { isProgressiveForm } from '../document/progressive-forms.js';

/** `is seen`, `had generally been viewed`, `could not be said`: a be-auxiliary among the words a
 *  cue took in before its verb, and the verb is not a gerund (`is seeing` is active). Both the
 *  cue finder (passive judgments) and the source finder (a passive's subject is no speaker) ask. */
export function isPassiveCue(tokens: readonly Token[], first: number, verb: number, words: FunctionWords): boolean {
  if (isProgressiveForm(tokens[verb]!, words)) return false;
  for (let k = first; k < verb; k++) if (tokens[k]!.pos === 'AUX' && words.passiveBeForms.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}
