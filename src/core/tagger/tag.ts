// One document through the packed tagger: features → greedy decoding → drafts. Shared by the
// shipped model (shipped.ts) and by training, which scores written models before shipping them.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { extractFeatures } from './features.js';
import type { PackedModel, Tagging } from './packed-model.js';
import { draftsFromTags } from './decode.js';
import { sentencesToTag } from './select.js';

export type TaggedDocument = { positions: Int32Array; tagging: Tagging };

/** `sentences`: 1 for each sentence to tag (default all). The positions are only valid until the
 *  next call (they live in reused buffers). */
export function tagDocument(model: PackedModel, doc: Document, locale: Pick<Locale, 'cues'>, sentences?: Uint8Array): TaggedDocument {
  const sequence = extractFeatures(doc, locale, { templates: model.templates, sentences, transient: true });
  return { positions: sequence.tokens, tagging: model.tag(sequence) };
}

export function tagWith(model: PackedModel, marginHalf: number, doc: Document, locale: Pick<Locale, 'cues'>, sentences?: Uint8Array): QuoteDraft[] {
  const { positions, tagging } = tagDocument(model, doc, locale, sentences);
  return draftsFromTags(doc, positions, tagging.tags, tagging.margins, marginHalf);
}

/** The tagger's drafts inside extract(), before the plausibility filter: only the sentences the
 *  rule drafts leave open are read (select.ts). */
export function tagOpenSentences(model: PackedModel, marginHalf: number, doc: Document, locale: Pick<Locale, 'cues'>, ruleDrafts: QuoteDraft[]): QuoteDraft[] {
  const sentences = sentencesToTag(doc, locale, ruleDrafts);
  if (!sentences.includes(1)) return [];
  return tagWith(model, marginHalf, doc, locale, sentences);
}
