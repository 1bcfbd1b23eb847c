// A locale is data, not code paths: adding a language adds a folder under src/locales/ that
// exports one of these. Stages receive the Locale as a parameter and never import a language.

/** An opening quotation mark and the closers that may end it (the first is the canonical one). */
export type MarkPair = { open: string; close: string[] };

export type CueEntry = {
  /** Lemma or fixed phrase (`say`, `according to`, `go on to say`). */
  lemma: string;
  /** Every surface form, lower-cased (`say`, `says`, `said`, `saying`). */
  forms: string[];
  /** speech | writing | belief | intention — PolNeAR annotates all four; quotes are speech/writing. */
  type: 'speech' | 'writing' | 'belief' | 'intention';
};

export type Locale = {
  code: string;
  /** Quotation mark conventions, tried in order. */
  marks: MarkPair[];
  /** Characters that look like quotation marks but are apostrophes inside words (don’t, ’90s). */
  apostrophes: string[];
  cues: CueEntry[];
  /** Honorifics and titles that precede names (`Mr`, `Dr`, `President`). */
  titles: string[];
  /** Personal pronouns that can be a source, with the entity kinds they may refer to. */
  pronouns: Record<string, { kinds: Array<'person' | 'organization' | 'outlet'>; gender?: 'm' | 'f' }>;
  /** Common nouns that name a role and can refer back to a person (`the minister`, `the spokesman`). */
  roleNouns: string[];
  /** Known news outlets and agencies, for relayed attribution (`told the BBC`). */
  outlets: string[];
  /** Nouns for documents that carry statements (`report`, `statement`, `interview`). */
  documentNouns: string[];
  /** Labels of publication-date header lines (`Published`, `Updated`, `Posted on`, `Date`). */
  dateHeaderLabels: string[];
};
