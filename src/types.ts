// The JSON contract of quotetrace. Every adapter (CLI, store, HTTP API, web UI) speaks these shapes.

/** A piece of the input. Offsets are UTF-16 indices into the exact text given to `extract`;
 *  `text.slice(start, end) === span.text` holds for every span quotetrace emits. */
export type Span = { start: number; end: number; text: string };

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export type Quote = {
  id: string;
  kind: QuoteKind;
  /** Direct content spans include their quotation marks. A quote interrupted by its attribution
   *  (`"A," he said, "B."`) has two content spans. */
  content: Span[];
  /** The speech or writing cue: `said`, `according to`, `told reporters`. */
  cue: Span | null;
  /** The mention as written next to the quote: `Mr Blair`, `he`, `a spokesman for Sony`. */
  source: Span | null;
  /** Entity id of the resolved speaker. */
  speaker: string | null;
  /** Entity ids of the outlets or documents the statement was relayed through, outermost first. */
  via: string[];
  /** 0..1, how sure the extractor is that this is an attributed statement. */
  confidence: number;
};

export type EntityKind = 'person' | 'organization' | 'outlet' | 'place' | 'other';

export type Entity = {
  id: string;
  kind: EntityKind;
  /** The fullest name the article gives. */
  name: string;
  /** Other spellings and forms seen in the article (surname only, titled, misspelt). */
  aliases: string[];
  /** Appositions and roles: `a professor of economics at the University of X`. */
  descriptions: string[];
  mentions: Span[];
};

export type DateMention = Span & {
  /** ISO 8601 (date or date-time) resolved against the publication time; `--MM-DD` (ISO 8601's
   *  month-day form) for a wire dateline's day when neither the text nor the caller gives a year. */
  value: string;
};

/** A line opening the text that is its headline (`title`) or carries its publication date or byline
 *  (`date`: `Published: 4 March 2024`, `By Jane Roe | Updated …`), as the header reader found them. */
export type HeaderLine = Span & { role: 'title' | 'date' };

export type ArticleMeta = {
  title?: string;
  /** ISO 8601. */
  published?: string;
  outlet?: string;
  /** BCP 47 code of the locale used for extraction, e.g. `en`. */
  language: string;
};

export type Extraction = {
  file?: string;
  text: string;
  meta: ArticleMeta;
  quotes: Quote[];
  entities: Entity[];
  dates: DateMention[];
  /** Groups of quote ids that report the same statement within this article. */
  repeats: string[][];
  /** The header lines at the top of the text, in text order; the body starts after the last.
   *  Always set by extract(); absent from extractions stored before it was (quotetrace 0.1). */
  headerLines?: HeaderLine[];
};

export type ExtractOptions = {
  /** Publication time (ISO 8601 or anything chrono-node reads); overrides header lines. */
  published?: string;
  title?: string;
  outlet?: string;
  /** Locale code; `en` is the default and, for now, the only full lexicon. */
  language?: string;
  /** Add the learned tagger's attributions (English only; default false): an averaged perceptron
   *  trained on PolNeAR finds unmarked reported speech and beliefs the rules miss, in sentences
   *  with a cue word that no rule quotation covers, keeping only confident ones with a verb cue
   *  (+0.009 content-overlap F1 on PolNeAR dev). Off by default because it costs ~0.2× of a
   *  wink-nlp pass, which takes extract() past its throughput budget
   *  (`npm run bench -- --learned`). Its weights are for research use only (see
   *  src/core/tagger/model/LICENSE.md). */
  learned?: boolean;
};
