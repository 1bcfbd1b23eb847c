// The tagger as shipped: the PolNeAR-trained model bundled as JSON (tsc copies an imported .json
// into dist/, so no build step is needed), turned into a PackedModel on first use.
import type { Locale } from '../../locales/locale.js';
import type { CueType } from '../../types.js';
import { cueTypeOfWords, cueWords } from '../cue-type-of-words.js';
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
 *  plausible drafts are returned (plausible.ts: confident, a verb cue, a few words of content),
 *  each with the cue type its cue words have in the lexicon (`speech` for a cue not in it). */
export function tagAttributions(doc: Document, locale: Pick<Locale, 'cues' | 'topicCues' | 'words'>, ruleDrafts?: QuoteDraft[]): QuoteDraft[] {
  packed ??= PackedModel.fromModel(model);
  const drafts = ruleDrafts ? tagOpenSentences(packed, model.marginHalf, doc, locale, ruleDrafts) : tagWith(packed, model.marginHalf, doc, locale);
  return plausibleDrafts(doc, drafts, locale.words).map((d) => ({ ...d, cueType: taggedCueType(d, locale) }));
}

/** The tagger says which tokens are the cue, not what they report: the lexicon does. Its cue
 *  words outside the lexicon (PolNeAR annotates many rare verbs) read as speech, the commonest. */
function taggedCueType(draft: QuoteDraft, locale: Pick<Locale, 'cues' | 'topicCues'>): CueType {
  return (draft.cue && cueTypeOfWords(cueWords(draft.cue.text), locale)) ?? 'speech';
}
