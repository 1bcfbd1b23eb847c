// Where a mention stands in its clause, for pronoun resolution: a name opening its clause (at the
// sentence start, after a comma, a conjunction or a subordinator) is most often the clause's
// subject, and a later pronoun subject refers back to it rather than to a nearer object:
//   Perez criticised Trump, calling him reckless, and contrasted the nominee, whom he described…
//   Cruz, plainly delighted, chided Trump for asking whether he met the standard…
// A name after a verb or a preposition (`chided Trump`, `for Trump`, `drew Trump's ire`) is an
// object or a modifier. Reads the one token before the mention.
import type { Token } from '../document/document.js';
import { nonSpaceAtOrBefore } from '../document/non-space-tokens.js';

/** Whether the mention starting at token `first` opens its clause. */
export function opensItsClause(tokens: Token[], first: number): boolean {
  const t = tokens[first];
  if (!t) return false;
  let k = nonSpaceAtOrBefore(tokens, first - 1);
  if (k < 0 || tokens[k]!.sentence !== t.sentence) return true;
  const before = tokens[k]!;
  return before.text === ',' || before.text === ';' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}
