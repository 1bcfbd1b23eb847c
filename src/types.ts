// The JSON contract of quotetrace. Every adapter (CLI, store, HTTP API, web UI) speaks these shapes.

/** A piece of the input. Offsets are UTF-16 indices into the exact text given to `extract`;
 *  `text.slice(start, end) === span.text` holds for every span quotetrace emits. */
export type Span = { start: number; end: number; text: string };

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

/** What the source did, as its cue tells (independent of `kind`, which tells how it is quoted):
 *  - `speech`: said it aloud or in a statement (`said`, `told reporters`, `according to`,
 *    `warned`, `accused X of`). A quotation with no cue (`cue: null`: quotation marks alone,
 *    the speaker carried over from the sentences around it) is `speech` too: quoted words in
 *    news are overwhelmingly words spoken, and nothing in the text says otherwise;
 *  - `writing`: wrote, tweeted, posted or published it (`wrote`, `tweeted`, `the sign read`);
 *  - `belief`: thinks, fears, knows, hopes or is expected to (`believes`, `is worried about`,
 *    `seems`): an attitude the article ascribes, not words anybody said;
 *  - `intention`: wants, decides, refuses, threatens or promises to (`wants to run`, `his pledge
 *    to…`);
 *  - `stance`: took a public position or made a decision, the content being its object
 *    (`endorsed Ms Patel`, `approves the harbour budget`, `signed the bill`, `appointed X`):
 *    an act, not words.
 *  Taken from the cue lexicon entry that matched; a verb that frames a quotation with no cue
 *  (`“…,” she beamed`) is looked up in it too, and read as `speech` when it is not there. A verb outside the
 *  lexicon that the learned cue model reads as reporting (core/quotes/learned-cues) is a `stance` with
 *  an object, `speech` with a that-clause and an `intention` with a to-infinitive. */
export type CueType = (typeof CUE_TYPES)[number];

/** Every CueType, in the order listings and counts show them. */
export const CUE_TYPES = ['speech', 'writing', 'belief', 'intention', 'stance'] as const;

export type Quote = {
  id: string;
  kind: QuoteKind;
  /** Direct content spans include their quotation marks. A quote interrupted by its attribution
   *  (`"A," he said, "B."`) has two content spans. */
  content: Span[];
  /** The speech or writing cue: `said`, `according to`, `told reporters`. */
  cue: Span | null;
  /** What kind of attribution the cue makes (see CueType); `speech` when there is no cue.
   *  Always set by extract(); extractions stored by quotetrace 0.1 lack it, and the stores fill
   *  it in (as `speech`, the only reading 0.1's output allowed for a quotation) when reading them. */
  cueType: CueType;
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
};
