// The only entry point of the core: text in, Extraction out. Pure and synchronous, no I/O.
// Reads top to bottom as the pipeline: segment → quotes (marks, cues, sources) → topic
// attributions → speakers → relays → dates → repeats.
import type { Extraction, ExtractOptions, Quote } from '../types.js';
import { readDocument } from './document/document.js';
import { assembleQuotes } from './quotes/quotes.js';
import { withTopicAttributions } from './quotes/topic-attributions.js';
import { resolveEntities } from './speakers/entities.js';
import { withHeadlineSources } from './quotes/headline-sources.js';
import { linkRelays } from './linking/relays.js';
import { readHeader } from './document/header.js';
import { findDates } from './dates/dates.js';
import { findRepeats } from './linking/repeats.js';
import { getLocale } from '../locales/index.js';
import type { FragmentDecision } from './quotes/fragments/candidate.js';
import type { VerbDecision } from './quotes/learned-cues/candidate.js';
import { shippedVerbDecision } from './quotes/learned-cues/shipped.js';

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  return extractDecidingFragments(text, options);
}

/** extract() with `decideFragment` in place of the shipped fragment model and `decideVerb` in place
 *  of the shipped learned cue model (null: no learned cues): for the models' own training and
 *  cross-validation (src/eval), not part of the library API. */
export function extractDecidingFragments(text: string, options: ExtractOptions = {}, decideFragment?: FragmentDecision, decideVerb: VerbDecision | null = shippedVerbDecision): Extraction {
  const locale = getLocale(options.language ?? 'en');
  const header = readHeader(text, locale);
  const published = options.published ?? header.published;
  const doc = readDocument(text);
  const found = assembleQuotes(doc, locale, decideFragment);
  // Topic attributions (`pointed to X`) come last and take only words nothing else claimed.
  // Verbs outside the lexicon that report their complement are read among them (quotes/learned-cues/).
  const attributed = withTopicAttributions(doc, locale, found, locale.code === 'en' ? decideVerb : null);
  // A title-case headline's quotation, which no cue reached, goes to the names opening the line.
  const drafts = withHeadlineSources(doc, attributed, locale);
  const { entities, speakers } = resolveEntities(doc, drafts, locale);
  const relays = linkRelays(doc, drafts, entities, locale);
  // Built by push, not map: an empty article's quotes then share the elements kind of the others
  // (an empty map result is a small-integer array), so later stages see one array map, not two.
  const quotes: Quote[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    quotes.push({
      id: `q${i + 1}`,
      kind: d.kind,
      content: d.content,
      cue: d.cue,
      // No cue: quotation marks alone, which in news report words spoken (types.ts CueType).
      cueType: d.cueType ?? 'speech',
      source: d.source,
      speaker: speakers[i] ?? null,
      via: relays.via[i] ?? [],
      confidence: d.confidence,
    });
  }
  const dates = findDates(doc, published, locale, header.dates);
  const repeats = findRepeats(quotes, locale);
  const meta: Extraction['meta'] = { language: locale.code };
  const title = options.title ?? header.title;
  if (title) meta.title = title;
  if (published) meta.published = published;
  const outlet = options.outlet ?? header.outlet;
  if (outlet) meta.outlet = outlet;
  return { text, meta, quotes, entities: relays.entities, dates, repeats, headerLines: header.lines };
}
