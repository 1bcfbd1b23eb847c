// One document through a tagger: features → greedy decoding → drafts. Shared by the shipped
// model (shipped.ts) and by training, which scores models that are not written yet.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { extractFeatures } from './features.js';
import type { Perceptron, Tagging } from './perceptron.js';
import { draftsFromTags } from './decode.js';

export type TaggedDocument = { positions: number[]; tagging: Tagging };

export function tagDocument(perceptron: Perceptron, doc: Document, locale: Pick<Locale, 'cues'>): TaggedDocument {
  const sequence = extractFeatures(doc, locale);
  const ids: number[] = [];
  const offsets: number[] = [0];
  for (const features of sequence.features) {
    for (const f of features) {
      const id = perceptron.index.get(f);
      if (id !== undefined) ids.push(id);
    }
    offsets.push(ids.length);
  }
  return { positions: sequence.tokens, tagging: perceptron.decode(ids, offsets, sequence.contexts) };
}

export function tagWith(perceptron: Perceptron, marginHalf: number, doc: Document, locale: Pick<Locale, 'cues'>): QuoteDraft[] {
  const { positions, tagging } = tagDocument(perceptron, doc, locale);
  return draftsFromTags(doc, positions, tagging.tags, tagging.margins, marginHalf);
}
