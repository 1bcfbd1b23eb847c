// An inverted source followed by a relative clause set off by a comma (`said Mr. Brown, who has
// taken on the organizing tasks.`, `said Katie Packer, who runs Our Principles.`): PolNeAR counts
// the clause in the source, up to the comma or full stop that ends it.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { mention, type SourceMention } from './source-mention.js';
import { throughRelativeClause } from './source-appositions.js';

/** The inverted source `named` (its apposition included) with the relative clause after its comma;
 *  null when no such clause follows or none ends within reach. */
export function withRelativeClause(doc: Document, named: SourceMention, ceiling: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const comma = named.last + 1;
  const who = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !who || comma + 1 > ceiling || who.pos !== 'PRON' || !locale.words.nonRestrictiveOpeners.has(who.lemma)) return null;
  // `Citing a theory, Trump repeatedly accused Rafael Cruz, who…`: a phrase holding a clause of its
  // own is no inverted name, and the relative clause belongs to what follows.
  for (let k = named.first; k <= named.last; k++) if (tokens[k]!.pos === 'VERB') return null;
  // throughRelativeClause reads from two tokens after its phrase: here, the word after `who`.
  return throughRelativeClause(doc, mention(tokens, named.first, comma), ceiling, locale.words);
}
