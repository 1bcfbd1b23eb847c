// The library API: the extraction core, its types, and the corpus store.
export { extract } from './core/extract.js';
export { CUE_TYPES } from './types.js';
export type { Span, Quote, QuoteKind, CueType, Entity, EntityKind, DateMention, HeaderLine, ArticleMeta, Extraction, ExtractOptions } from './types.js';
export type { Store, ArticleInput, ClusterSummary, ClusterDetail, SpeakerDetail, CorpusStats, SearchQuery, ExportRow, Appearance, DiffPart, FirstSeen } from './corpus/store.js';
