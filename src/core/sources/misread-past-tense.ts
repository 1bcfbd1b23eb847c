// A past tense the tagger read as an adjective or noun (`Cruz belittled/ADJ the issue`): it is the
// clause's verb, which ends a subject phrase and confirms a main clause.
import type { FunctionWords } from '../../locales/locale.js';
import type { Token } from '../document/document.js';

/** `Cruz belittled/ADJ the issue`: a lower-case word in -ed the tagger read as an adjective, right
 *  before an object, is the clause's verb. */
export function isMisreadPastTense(tokens: Token[], j: number, words: FunctionWords): boolean {
  const t = tokens[j]!;
  const next = tokens[j + 1];
  if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !words.endings.misreadPastTense.test(t.text) || !next) return false;
  // `Huckabee rounded/ADJ out the list`: a particle may stand between the verb and its object.
  const object = next.pos === 'ADP' && next.text === next.text.toLowerCase() && tokens[j + 2]?.pos !== 'SPACE' ? tokens[j + 2] : next;
  return object !== undefined && (object.pos === 'DET' || object.pos === 'PRON' || object.pos === 'PROPN');
}
