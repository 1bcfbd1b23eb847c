// One document through a tagger: features → greedy decoding → drafts. Shared by the shipped
// model (shipped.ts) and by training, which scores models that are not written yet.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { extractFeatures } from './features.js';
import type { Perceptron, Tagging } from './perceptron.js';
import { draftsFromTags } from './decode.js';

export type TaggedDocument = { positions: number[]; tagging: Tagging };

/** `sentences`: 1 for each sentence to tag (default all). */
export function tagDocument(perceptron: Perceptron, doc: Document, locale: Pick<Locale, 'cues'>, sentences?: Uint8Array): TaggedDocument {
  const sequence = extractFeatures(doc, locale, { templates: perceptron.templates, sentences });
  const tagging = perceptron.decode(perceptron.rowsOf(sequence), sequence.context, sequence.restarts);
  return { positions: sequence.tokens, tagging };
}

export function tagWith(perceptron: Perceptron, marginHalf: number, doc: Document, locale: Pick<Locale, 'cues'>, sentences?: Uint8Array): QuoteDraft[] {
  const { positions, tagging } = tagDocument(perceptron, doc, locale, sentences);
  return draftsFromTags(doc, positions, tagging.tags, tagging.margins, marginHalf);
}
