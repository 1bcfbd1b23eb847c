// The tagger as shipped: the PolNeAR-trained model bundled as JSON (tsc copies an imported .json
// into dist/, so no build step is needed), turned into a PackedModel on first use.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document.js';
import type { QuoteDraft } from '../quotes.js';
import { PackedModel } from './packed-model.js';
import type { ModelFile } from './model-file.js';
import { tagOpenSentences, tagWith } from './tag.js';
import { plausibleDrafts } from './plausible.js';
import shippedModel from './model/en-polnear-v6.json' with { type: 'json' };

export type ShippedModel = ModelFile & { marginHalf: number };

const model = shippedModel as ShippedModel;
let packed: PackedModel | null = null;

export function shippedModelInfo(): { version: string; trainedOn: string; features: number; templates: string[] } {
  return { version: model.version, trainedOn: model.trainedOn, features: model.features, templates: model.templates };
}

/** Attributions the learned tagger finds in a document (indirect and mixed; direct quotations
 *  with marks are the rules' job, see combine.ts). Given the rule drafts, it reads only the
 *  sentences where it can add something (select.ts); without them, every sentence. Only
 *  plausible drafts are returned (plausible.ts: confident, a verb cue, a few words of content). */
export function tagAttributions(doc: Document, locale: Pick<Locale, 'cues' | 'words'>, ruleDrafts?: QuoteDraft[]): QuoteDraft[] {
  packed ??= PackedModel.fromModel(model);
  const drafts = ruleDrafts ? tagOpenSentences(packed, model.marginHalf, doc, locale, ruleDrafts) : tagWith(packed, model.marginHalf, doc, locale);
  return plausibleDrafts(doc, drafts, locale.words);
}
