// One storage interface, two implementations (sqlite/ for the embedded default, postgres/ for
// teams and many workers). Everything above the store — ingest, CLI, HTTP API, web UI — talks to
// this interface only, so both backends give the same answers to the same questions.
import type { CueType, Extraction, Quote, Entity } from '../types.js';

/** An article as it arrives from an input adapter, before extraction. */
export type ArticleInput = {
  /** Stable id from the source (record id, URL or file path); derived from the text when absent. */
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** Author line as the source gives it (`By Jane Roe`); HTML pages and feeds carry one. */
  byline?: string;
  /** ISO 8601. */
  published?: string;
  text: string;
  /** Where it came from, for error messages and provenance (file path, `file.jsonl#12`). */
  origin: string;
};

export type ArticleSummary = {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
};

export type StoredArticle = ArticleSummary & { origin: string; extraction: Extraction };

export type FirstSeen = { article: string; title?: string | null; outlet: string | null; published: string | null };

export type DiffPart = { op: 'equal' | 'insert' | 'delete'; text: string };

/** `quotetrace search` result row. */
export type ClusterSummary = {
  id: string;
  /** Canonical wording: the earliest appearance. */
  text: string;
  /** Display name of the most frequent speaker, or null. */
  speaker: string | null;
  firstSeen: FirstSeen;
  appearances: number;
  outlets: string[];
  /** Number of distinct wordings. */
  variants: number;
  /** Display names of speakers other than the main one the same words were given to. */
  conflictingSpeakers: string[];
};

export type Appearance = {
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The wording in this article. */
  text: string;
  speaker: string | null;
  /** Word diff of this wording against the first seen. */
  diff: DiffPart[];
  /** Quote id within the article's extraction. */
  quote: string;
  /** What kind of attribution this appearance is (types.ts CueType). */
  cueType: CueType;
};

/** `quotetrace quote ID` result. */
export type ClusterDetail = {
  id: string;
  text: string;
  speaker: string | null;
  speakers: Array<{ name: string; count: number }>;
  firstSeen: FirstSeen;
  appearances: Appearance[];
};

/** `quotetrace speaker NAME` result. */
export type SpeakerDetail = {
  id: string;
  name: string;
  aliases: string[];
  descriptions: string[];
  /** Clusters the person is credited with, oldest first. */
  clusters: Array<{ id: string; text: string; firstSeen: FirstSeen; appearances: number }>;
};

export type CorpusStats = {
  articles: number; quotes: number; clusters: number; speakers: number;
  /** Stored quotes by cue type, every type listed (0 when none). */
  cueTypes: Record<CueType, number>;
};

export type SearchQuery = {
  q: string;
  speaker?: string;
  outlet?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Only clusters with an appearance of one of these cue types (with every other filter). */
  cueTypes?: CueType[];
  limit?: number;
};

/** Narrows what the speaker and export queries return to quotes of these cue types; all when
 *  absent or empty. */
export type CueTypeFilter = { cueTypes?: CueType[] };

/** One row of `quotetrace export`. */
export type ExportRow = {
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  quote: string;
  kind: Quote['kind'];
  text: string;
  speaker: string | null;
  cue: string | null;
  cueType: CueType;
  via: string[];
  cluster: string | null;
};

export type AddResult = { status: 'added' | 'skipped'; id: string; quotes: number };

export interface Store {
  /** Stores the article, its extraction and its quotes, then places the quotes in clusters and
   *  their speakers under corpus-wide person ids — all in one transaction: an article is either
   *  fully stored or not at all. Idempotent on id and on normalised text. */
  addArticle(article: ArticleInput, extraction: Extraction): Promise<AddResult>;
  /** Several articles in ONE transaction, in the order given: all of them are stored (or skipped)
   *  or, when one fails, none is and the call rejects. Each article is checked against the corpus
   *  and against the ones before it in the same call, so a duplicate within the batch is
   *  'skipped'. One result per article, in order. Ingest writes batches through this to pay the
   *  commit once per batch; without it, it calls addArticle per article. */
  addArticles?(articles: Array<{ article: ArticleInput; extraction: Extraction }>): Promise<AddResult[]>;
  /** True when an article with this id or this normalised text is already stored. */
  hasArticle(article: Pick<ArticleInput, 'id' | 'text'>): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  search(query: SearchQuery): Promise<ClusterSummary[]>;
  getCluster(id: string): Promise<ClusterDetail | null>;
  /** By corpus speaker id or by a name/alias (case-insensitive); with cue types, only the
   *  clusters where the person's own quotes have one of them. */
  getSpeaker(idOrName: string, filter?: CueTypeFilter): Promise<SpeakerDetail | null>;
  stats(): Promise<CorpusStats>;
  exportRows(filter?: CueTypeFilter): AsyncIterable<ExportRow>;
  close(): Promise<void>;
  /** Several ingest processes sharing one store (PostgreSQL): articles this process skipped
   *  because another process was storing them when it reached them, and which that process then
   *  left unstored (it was killed). Waits for those other processes' claims to end. Ingest may
   *  read these after its inputs so no article is lost within a run; without it, a re-run
   *  completes the work. Absent on single-writer stores. */
  abandonedArticles?(): AsyncIterable<ArticleInput>;
}

export type { CueType, Extraction, Quote, Entity };
