// A locale is data, not code paths: adding a language adds a folder under src/locales/ that
// exports one of these. Stages receive the Locale as a parameter and never import a language.

/** An opening quotation mark and the closers that may end it (the first is the canonical one). */
export type MarkPair = { open: string; close: string[] };

/** How a cue introduces reported content without quotation marks: `clause` takes any complement
 *  (`said the plan failed`), `that` needs a that-clause (`added that…`, not `added 500 jobs`),
 *  `to` needs a to-infinitive, maybe after an object, or a that-clause (`wants to run`, `urged him
 *  to resign`, `hopes that…`), `object` takes a noun phrase whose reporting-event adjuncts are not
 *  content (`accused Sanders of lying`, not `… during a rally`), `direct` frames only quotations
 *  or a colon (`asked:`), `according` is `according to SOURCE`, `raising` attributes its own
 *  subject and complement to no named source (`the plan seemed doomed`, `she is expected to run`). */
/** clause: a that-less clause or a noun phrase; that: a that-clause, or a noun-phrase object when
 *  a source says it (`noted their endorsements`); that-clause: only a that-clause (`added 500 jobs`
 *  is no statement); to: an infinitive; object: the complement; direct: only quotations or a colon;
 *  according: `according to X, …`; raising: the subject and its complement; hearsay: a sentence
 *  adverb (`reportedly`) whose clause, subject and predicate, nobody named says. */
export type CueFrame = 'clause' | 'that' | 'that-clause' | 'to' | 'object' | 'direct' | 'according' | 'raising' | 'hearsay';

export type CueEntry = {
  /** Lemma or fixed phrase (`say`, `according to`, `go on to say`). */
  lemma: string;
  /** Every surface form, lower-cased (`say`, `says`, `said`, `saying`). */
  forms: string[];
  /** speech | writing | belief | intention — PolNeAR annotates all four; quotes are speech/writing. */
  type: 'speech' | 'writing' | 'belief' | 'intention';
  /** Defaults to `clause`. */
  frame?: CueFrame;
  /** A to-frame verb whose noun-phrase object is content when a source says it (`offered some
   *  softer rhetoric`, `wants a continuation of his policies`); not `plans a new bridge`. */
  objectWithSource?: boolean;
  /** Particles that, right after a one-word form, make it another verb that reports nothing
   *  (`show` in `showed up at the rally`, `showing off the hat`). */
  otherVerbWith?: string[];
  /** Words that, right before a one-word form, make it a verb of its own sense that reports
   *  nothing (`find` in `unable to find a taker`, `struggling to find jobs`). */
  noCueAfter?: string[];
  /** A one-word form whose plain noun-phrase object (no verb, complementizer or quotation mark
   *  before the phrase ends) makes it another verb that reports nothing (`claimed victory`,
   *  `maintains a lead`), unless a poll or record is its subject. */
  nounObjectIsOther?: boolean;
};

/** A word whose prepositional object is reported content (`pointed to X`, `is upbeat about X`,
 *  `her critique of X`): a topic attribution, the word and its preposition being the cue. */
export type TopicCue = {
  /** Lemma or fixed phrase (`point`, `weigh in`, `upbeat`, `question`). */
  lemma: string;
  /** Every surface form, lower-cased, space-separated as wink-nlp splits them (`weighed in`). */
  forms: string[];
  /** Lower-cased prepositions that open the content after a form (`about`, `of`). */
  prepositions: string[];
  /** verb: its subject is the source (`Trump pointed to`); adjective: the subject of its copula
   *  (`Viguerie is upbeat about`); noun: its possessor (`Kerry's announcement of`) or the subject
   *  of the verb it is the object of (`Trump raised questions about`). */
  role: 'verb' | 'adjective' | 'noun';
  type: CueEntry['type'];
  /** A noun that reports only with a possessor or a governing verb (`his attack on`), not bare
   *  (`the attack on the embassy`). */
  needsOwner?: boolean;
  /** A statement noun whose `prepositions` are complementizers (`the claim that…`, `a pledge
   *  to…`): the content is the clause or infinitive, complementizer included, and the cue ends
   *  at the noun. */
  complement?: boolean;
  /** A verb whose direct object is the content (`endorsed Cruz`, `opposes the tax`): no
   *  preposition follows it (`prepositions` is empty) and the cue is the verb alone. */
  directObject?: boolean;
  /** A stance taken or a decision made (`endorsed Cruz`, `approves the budget`, `signed the
   *  bill`): reported as cue type `stance` (types.ts CueType), whatever `type` PolNeAR gives it. */
  stance?: boolean;
};

export type Locale = {
  code: string;
  /** Quotation mark conventions, tried in order. */
  marks: MarkPair[];
  /** Characters that look like quotation marks but are apostrophes inside words (don’t, ’90s). */
  apostrophes: string[];
  cues: CueEntry[];
  /** Words whose prepositional object is reported content (topic-attributions.ts). */
  topicCues?: TopicCue[];
  /** Lower-cased nouns for records and measurements that report findings (`polls`, `records`,
   *  `filings`): a cue form right after one is a verb (`new filings show…`), and `In a CNN poll,
   *  …` attributes the clause after the comma to the poll. */
  evidenceNouns?: string[];
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
  /** Lower-cased nouns for named works and things that bear printed words (`movie`, `book`,
   *  `episode`, `hat`): capitalised words quoted right after one are a title (work-titles.ts). */
  workNouns?: string[];
  /** Labels of publication-date header lines (`Published`, `Updated`, `Posted on`, `Date`). */
  dateHeaderLabels: string[];
  /** Tested on a matched header label (`Last updated`, `Modified`): the line gives a later revision's
   *  time, so a publication line beats it. */
  updateHeaderLabel: RegExp;
  /** Lower-cased words that head an editorial line or section before a colon (`correction`,
   *  `editor's note`, `replacements`): such a label is never a speaker (see isHeadingLabel). */
  headings?: string[];
  /** The headings among them that open the publication's own notice about its text (`correction`,
   *  `clarification`, `editor's note`): a paragraph they open attributes nothing (see
   *  editorial-notices). */
  editorialNotices?: string[];
  /** Date vocabulary for findDates and readHeader; without it every sentence goes to the date parser. */
  dates?: DateVocabulary;
  /** Name and entity vocabulary for mentions/entities/relays; without it only PROPN runs count. */
  entities?: EntityVocabulary;
  /** Lower-cased function words that say nothing about what a statement is about (repeats). */
  stopwords?: string[];
  /** Maps a lower-cased word to the stem repeats compares (`taxes` → `tax`, `raising` → `rais`).
   *  Must be a pure function of the word. Without it, words are compared as written. */
  stem?: (word: string) => string;
  /** Closed-class words the core stages recognise by form (pronouns, subordinators, copulas). */
  words: FunctionWords;
};

/** Lower-cased function words, each set the exact membership one test in src/core relies on:
 *  sets that look alike differ on purpose (with or without `who`, `there`, `one`). */
export type FunctionWords = {
  /** `the`, `a`, `an`: a cue form after one is a noun (`the report`). */
  articles: ReadonlySet<string>;
  /** `i`, `you`, `he`, `she`, `it`, `we`, `they`: a subject that opens a predicate. */
  personalSubjectPronouns: ReadonlySet<string>;
  /** The personal subject pronouns and `who`: a cue form after one is a verb (`who says`). */
  subjectPronounsAndWho: ReadonlySet<string>;
  /** The personal subject pronouns and `there`: a subject opening a finite clause (`there is`). */
  subjectPronounsAndThere: ReadonlySet<string>;
  /** Pronouns that stand alone as a source (`he`, `who`, `which`, `one`). */
  sourcePronouns: ReadonlySet<string>;
  /** `his`, `her`, `its`, `their`, `our`, `my`, `your`. */
  possessivePronouns: ReadonlySet<string>;
  /** `this`, `that`, `these`, `those`. */
  demonstratives: ReadonlySet<string>;
  /** Auxiliaries and wh-words that open a direct question (`Did he…`, `Why…`). */
  directQuestionOpeners: ReadonlySet<string>;
  /** Words that open the question put by `ask` (`whether…`, `if…`, `which of…`). */
  indirectQuestionOpeners: ReadonlySet<string>;
  /** Wh-words (and `whether`) that open a finite content clause (`how it happened`). */
  clauseWhWords: ReadonlySet<string>;
  /** Words before a fronted `asked` that leave it opening its clause (`When asked whether…`). */
  wordsBeforeAsk: ReadonlySet<string>;
  /** Subordinators that make `asked` the occasion of another statement (`when asked`). */
  askOccasions: ReadonlySet<string>;
  /** Relative pronouns that open the writer's gloss on a name (`…, who is running for re-election`). */
  glossRelatives: ReadonlySet<string>;
  /** Relative pronouns that can be the subject of a relative clause (`who`, `which`, `that`). */
  subjectRelatives: ReadonlySet<string>;
  /** Relative pronouns that open a non-restrictive clause after `Name,`. */
  nonRestrictiveOpeners: ReadonlySet<string>;
  /** Relative pronouns that only follow a person (`said a strategist who spoke…`). */
  whoForms: ReadonlySet<string>;
  /** Relative words of place (`the town where…`), which open no clause about a person. */
  placeRelatives: ReadonlySet<string>;
  /** Complementizers that open a clause inside a verb's object (`worried that …`, `said that …`), not
   *  an adjunct (`said Sanders as he closed out`). */
  complementizers: ReadonlySet<string>;
  /** Prepositions that open an adjunct of the reporting event, not of its object (`praised the plan
   *  during a rally`). `at`, `on` and `in` stay out: PolNeAR's content keeps them more often than not. */
  eventAdjuncts: ReadonlySet<string>;
  /** Conjunctions that open a sentence with a subordinate clause (`While…, the campaign…`). */
  subordinators: ReadonlySet<string>;
  /** Conjunctions after a comma that open a new clause with its own attribution (`, but he said`). */
  contrastLinks: ReadonlySet<string>;
  /** Words opening a clause that a participle after it may hang on, with its subject
   *  (`though she used milder words, saying…`, `where 40 workers gathered, chanting…`): clauses of
   *  simultaneity, contrast or place. Not those of time order or cause (`after`, `because`), which
   *  modify the main verb the participle goes with too. */
  participleHostOpeners: ReadonlySet<string>;
  /** Prepositions inside a subject noun phrase (`the case against Clinton`, `most of them`). */
  nounModifierPrepositions: ReadonlySet<string>;
  /** Prepositions that continue a source's noun phrase: `a spokesman for Sony`, `the head of the IMF`. */
  nameLinkPrepositions: ReadonlySet<string>;
  /** Openers of a participle or relative clause after an apposition, which PolNeAR leaves out of
   *  the source (`said Josh Earnest, the press secretary, echoing…`). */
  clauseAfterApposition: ReadonlySet<string>;
  /** Past participles that give a thing its name (`a film called “Home”`, `an ad titled “Scam”`):
   *  right after a common noun they report no speaker of their own. Compared as written, lower-cased. */
  namingParticiples: ReadonlySet<string>;
  /** Prepositions that introduce the author after a headline (`"…," by DNAinfo's Eddie Small`). */
  bylinePrepositions: ReadonlySet<string>;
  /** Prepositions before the name of a programme, publication or work (`appeared on “Fox &
   *  Friends”`, `a role in “Rush Hour”`, `signed on for “The X-Files”`): capitalised quoted words
   *  right after one are a title, not words spoken. Compared as written (a capitalised one opens a
   *  headline's words: `Sides With Bush On ‘Radical Islam’`). */
  venuePrepositions: ReadonlySet<string>;
  /** Prepositions before a place (`an immigrant from Uganda`): a lone word after one is no person. */
  placePrepositions: ReadonlySet<string>;
  /** Reflexives that stress a subject right after it (`Cruz himself said`). */
  intensiveReflexives: ReadonlySet<string>;
  /** Adverbs of time that may open an apposition after a name (`Sperling, then 38, said`,
   *  `Lewandowski, now a CNN commentator, said`). */
  appositionAdverbs: ReadonlySet<string>;
  /** Words that open an aside adding others to a subject between dashes (`Democrats — and some
   *  Republicans — say`, `Many speakers — including Muslims and Jews — said`), besides the
   *  additive coordinators. */
  inclusionWords: ReadonlySet<string>;
  /** Two-word openings of an addition set off by commas after a subject (`The governor himself, as
   *  well as his staff, said`), each written as the two lemmas with a space between. */
  additionOpeners: ReadonlySet<string>;
  /** Participles that open the writer's comparison after a reported figure (`said 52 percent
   *  backed her, compared with 41 percent in May`), which PolNeAR leaves out of the content;
   *  compared as written, lower-cased. */
  comparisonParticiples: ReadonlySet<string>;
  /** Words of a clause saying why a source goes unnamed (`who spoke on condition of anonymity`,
   *  `who spoke anonymously`), which PolNeAR leaves out of the source. */
  anonymityWords: ReadonlySet<string>;
  /** Hedges and quantity words written before a subject, which PolNeAR keeps in the source
   *  (`Nearly half said`, `only 49 percent of Republicans say`, `at least a dozen members said`),
   *  each a lower-case phrase of one or more words. */
  subjectHedges: ReadonlySet<string>;
  /** Words that link an adjective to its subject, as written (`is upbeat about`, `remained mum on`). */
  copulaForms: ReadonlySet<string>;
  /** Conjunctions and prepositions that open an adjunct of the reporting event (`… during a rally`,
   *  `… because he lost`), not part of a topic's object. */
  adjunctOpeners: ReadonlySet<string>;
  /** Words that open a clause inside a topic's object (`about how…`, `a man who…`, `the idea that…`). */
  topicClauseOpeners: ReadonlySet<string>;
  /** Words a title may keep lower-case, compared as written (`Make Your Kid a Millionaire`,
   *  the `s` of `Child's`). */
  titleSmallWords: ReadonlySet<string>;
  /** The complementizer of a declarative content clause (`said that …`), which opens content and
   *  is no object, adjunct or occasion; `whether`/`if` open questions instead. */
  declarativeComplementizers: ReadonlySet<string>;
  /** The particle before an infinitive (`to` of `wants to run`, `urged him to resign`). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Prepositions whose object is the subject of an infinitive right after it (`for` of `unusual
   *  for a justice to weigh in`). */
  infinitiveSubjectMarkers: ReadonlySet<string>;
  /** Adverbs and quantifiers that close a subject noun phrase right before its verb (`Activists
   *  here point to…`, `observers alike see`, `a third said`): part of the source, not of the cue. */
  subjectClosingAdverbs: ReadonlySet<string>;
  /** The negation between a verb and its infinitive (`decided not to recommend`). */
  negators: ReadonlySet<string>;
  /** A conjunction that adds a second verb or noun to the same subject (`greeted supporters and
   *  told them`, `the title, history and text`); only this one, not `or`/`but`. */
  additiveCoordinators: ReadonlySet<string>;
  /** Conjunctions after which a new main clause with its own subject may start (`, and he said`,
   *  `, but Clinton is promising`). */
  clauseCoordinators: ReadonlySet<string>;
  /** The preposition of a passive agent (`as first reported by the Times`). */
  agentPrepositions: ReadonlySet<string>;
  /** The conjunction that turns an attribution into a parenthetical (`As Politico reported, …`,
   *  `…, as first reported by X`, `…, as police have said`). */
  attributionConjunctions: ReadonlySet<string>;
  /** What may open the content of a question cue (`asked whether…`, `if…`, `how…`, `about the wall`). */
  askedContentOpeners: ReadonlySet<string>;
  /** The lemma of the passive auxiliary (`was seen`): a cue after it has no bare object. */
  passiveAuxiliaries: ReadonlySet<string>;
  /** The written forms of the passive auxiliary (`is seen`, `had been viewed`, not the ambiguous
   *  `'s`): a belief cue after one reports a judgment of its subject. */
  passiveBeForms: ReadonlySet<string>;
  /** The word that opens the judgment a passive belief cue reports (`is seen as a threat`,
   *  `was widely viewed as payback`). */
  judgmentMarkers: ReadonlySet<string>;
  /** The preposition a subject or noun phrase may carry inside it and still be one phrase
   *  (`27 percent of those polled`, `the title of the law`). */
  partitivePrepositions: ReadonlySet<string>;
  /** Words that hedge a number opening a subject and belong to it (`About 200 protesters
   *  gathered`, `Nearly 40 senators signed`). */
  numberApproximators: ReadonlySet<string>;
  /** Dummy subjects with no content of their own (`It seems…`, `there appears to be…`). */
  expletiveSubjects: ReadonlySet<string>;
  /** Relative pronouns for things (`which`, `that`); one that is also a demonstrative counts only
   *  where the tagger reads it as a pronoun. */
  thingRelatives: ReadonlySet<string>;
  /** Cue lemmas that put a question to someone (`ask`): their content is the question, past the one
   *  asked, and a fronted one is the occasion of another statement. */
  questionCues: ReadonlySet<string>;
  /** Cue verbs whose object is the addressee, not content: skipped before a reported clause (`told
   *  reporters that…`); before a quotation, a short gap after one (or after a phrase it heads,
   *  `tell reporters`) is that object (`told Fox News “…”`). */
  addresseeCues: ReadonlySet<string>;
  /** Raising cues that report a plan with only an adjunct after them (`is expected in Iowa`). */
  adjunctRaisingCues: ReadonlySet<string>;
  /** `a`, `an`: a cue form after one (and at most one modifier) is a noun (`a Twitter comment`). */
  indefiniteArticles: ReadonlySet<string>;
  /** The preposition that opens a poll's frame at a sentence start (`In a CNN poll, …`), read like
   *  `according to` with the preposition as the cue. */
  evidenceFramePrepositions: ReadonlySet<string>;
  /** Possessives that may own a poll or record (`in its latest poll`, `their survey`); any other
   *  pronoun stops the poll frame. */
  nonPersonalPossessives: ReadonlySet<string>;
  /** Pronouns written with a capital that never make a name (`I`). */
  capitalisedPronouns: ReadonlySet<string>;
  /** The relative pronoun that may open what follows `Name,` in place of an apposition (`Hicks, who`). */
  personRelatives: ReadonlySet<string>;
  /** Conjunctions joining a second predicate that shares the subject of the first (`laughed and
   *  said`, `…but said`). */
  predicateCoordinators: ReadonlySet<string>;
  /** Words after which the verb before a quoted fragment no longer frames it: a new clause opens
   *  (`said that “…”`, `a plan which “…”`, `voters who “…”`). */
  frameBreakingWords: ReadonlySet<string>;
  /** The preposition of a label that quotes a document or place (`From the report: “…”`). */
  sourcePrepositions: ReadonlySet<string>;
  /** Degree adverbs between a copula and its adjective (`is so worried about`, `too upbeat about`). */
  degreeAdverbs: ReadonlySet<string>;
  /** `the`, compared as written: some outlets count only after it (`the Hill`), it may join an
   *  organisation's name (`Ministry of the Interior`) or open a role (`the Ukrainian president`). */
  definiteArticles: ReadonlySet<string>;
  /** The preposition of the medium a source speaks in (`In a statement, X said`), which names the
   *  speaker's own document, not a relay; compared as written. */
  mediumPrepositions: ReadonlySet<string>;
  /** Articles a lone period noun may carry and still be no date (`the week`, `a year`). */
  periodNounArticles: ReadonlySet<string>;
  /** The possessive clitic as wink-nlp splits it off (`Trump ’s`), compared as written: it joins a
   *  noun phrase rather than ending one. */
  possessiveClitics: ReadonlySet<string>;
  /** Tokens that mark the word before them as a possessor, lower-cased: the clitic, or a bare
   *  apostrophe after a plural (`the leaders ’ plan`). */
  possessiveMarkers: ReadonlySet<string>;
  /** Inflectional endings the stages read a word's form by. */
  endings: WordEndings;
};

export type EntityVocabulary = {
  /** Words in a name that make it an organisation (`Inc`, `Ministry`, `Party`, `University`). */
  orgCues: string[];
  /** Common nouns that refer back to an organisation (`the company`, `the firm`). */
  orgNouns: string[];
  /** Lower-cased titles, given names and role nouns that tell a person's gender (`mrs` → f). */
  genders: Record<string, 'm' | 'f'>;
  /** Place names (countries, capitals, regions), lower-cased, multi-word ones space-separated. */
  places: string[];
  /** Capitalised words wink-nlp tags PROPN that never start a name (`Monday`, `January`). */
  nonNames: string[];
  /** Titles that are courtesy forms, not roles (`mr`, `dr`, `sir`): they never become a description. */
  honorifics: string[];
  /** Lower-case particles inside personal names (`de`, `van`, `bin`). */
  nameParticles: string[];
  /** Words joining an organisation's name (`of`, `for`, `&`: `Ministry of Defence`). */
  orgJoiners: string[];
  /** Words that open an apposition after `Name,` (`a`, `an`, `the`, `its`). */
  appositionOpeners: string[];
  /** Pronouns that open a relative clause, which is not an apposition (`who`, `which`). */
  relativePronouns: string[];
  /** Cue lemmas whose object is the addressee, never an inverted subject (`, told investors`). */
  addresseeVerbs?: string[];
  /** Indefinite words that stand alone as a subject (`Some chanted`, `said another`). */
  indefiniteSubjects?: string[];
  /** Possessive pronouns that own a statement (`his warning`, `their claim`), each with the
   *  personal pronoun (a key of `pronouns`) whose referents it shares. */
  possessiveReferents?: Record<string, string>;
};

export type DateVocabulary = {
  /** Lower-cased words that make a sentence worth parsing for dates (month and weekday names, `yesterday`, `ago`). */
  triggers: string[];
  /** Period nouns (`week`, `year`) that count only right after one of `periodModifiers` (`last year`). */
  periodNouns: string[];
  periodModifiers: string[];
  /** Triggers that count only when capitalised (`May`, not `may`). */
  capitalisedOnly: string[];
  /** Parsed expressions that are not dates in news (`now`; `Sun` the newspaper), compared case-sensitively. */
  ignored?: string[];
  /** Lower-cased words the parser may take at either edge of a date that are not part of it (`on`, `at`, `of`). */
  edgeWords?: string[];
  /** Lower-cased words that make a parsed hour real (`am`, `pm`, `gmt`, `noon`, `morning`). Without one
   *  (and without `10:30`), a number the parser read as an hour (`1.4bn`, `1-1`, `15 on Monday`) is not a time. */
  timeMarkers?: string[];
  /** Lower-cased words that, right after a date word, make it part of a name: `Sunday Times`, `Saturday
   *  Night Live`, the `Today programme`. Capitalised they always do; lower-case only when not a period noun
   *  (`Sunday night` stays a date). */
  nameFollowers?: string[];
  /** Lower-cased words that, capitalised inside a sentence, open a title rather than a date
   *  (`Radio 4's Today`, `USA Today`, `ITV1's This Morning`, `Are You Lonesome Tonight`). */
  namesWhenCapitalised?: string[];
  /** Tested on a parsed date's text: a relative week (`last week`, `this coming week`) means the
   *  whole week, not the day the parser pins it to. */
  relativeWeek: RegExp;
  /** Tested on a parsed date's text: it names a week (`the week of March 3`), so a date with no
   *  certain day or month is a week. */
  weekWord: RegExp;
  /** Tested on a parsed date's text: words that send an incomplete date into the future (`next
   *  Friday`, `tomorrow`), where the rule that news dates point to the past does not apply. */
  futureMarkers: RegExp;
  /** Tested on the am/pm marker after a header's numeric time (`p.m.`, `PM`): the hour is after noon. */
  postMeridiem: RegExp;
  /** A header's numeric time (`24/02/2022 at 5:30 p.m. GMT`), as regular-expression sources without
   *  capturing groups, matched case-insensitively: the word that may introduce the time, the am/pm
   *  marker after it, and the zone names that mean UTC. */
  headerTime: { lead: string; meridiem: string; utcZones: string };
  /** Read ambiguous numeric dates (03/04/2022) day-first; a part above 12 always decides. */
  dayFirst: boolean;
};

/** The closed class of inflectional endings the core stages read a verb's or noun's form by, each
 *  the exact test one stage was tuned with (near-identical ones stay apart on purpose): a string is
 *  a suffix; a RegExp, anchored at the end and without the `g` flag, is tested on the form the
 *  stage says (as written, lower-cased or the lemma). */
export type WordEndings = {
  /** The ending of gerunds and present participles (`saying`, `adding`): a cue in this form goes on
   *  from the clause before it and shares its subject. */
  progressive: string;
  /** The regular past ending, on a lemma: with it, a verb after a noun is no present tense. */
  past: string;
  /** A noun's plural or a verb's third person singular (`polls`, `shows`), tested on the lemma or
   *  the form as written; not a double `s` (`press`). */
  pluralOrThirdPerson: RegExp;
  /** A plural ending, stripped from a lower-cased word to find its singular (`weeks` → `week`); also
   *  what a base form does not end in (`polls show`, not `the TV shows`) and, as written, what a
   *  noun naming the means after `by` does not (`said by phone`, not `said by officials`). */
  plural: string;
  /** A past participle as a raised predicate, on the lemma (`appeared poised`, `seemed concerned`). */
  predicateParticiple: RegExp;
  /** Any participle, as written (`signing`, `signed`, `chosen`): inside a topic's object it need not
   *  be the sentence's verb (`an order signed by…`). */
  participle: RegExp;
  /** A participle that opens a parenthetical between a subject and its cue (`An official, speaking
   *  on condition…, said`, `…, pressed by reporters, said`), as written. */
  parentheticalParticiple: RegExp;
  /** A participle that goes on modifying an inverted subject after a quotation (`tweeted a user
   *  going by…`, `said a person known to…`), as written. */
  invertedModifier: RegExp;
  /** A gerund after a possessive marker, which heads a noun phrase (`Trump's thinking`), as written. */
  gerund: RegExp;
  /** A past participle that modifies a noun (`the printed slate`, `a report issued last year`), as written. */
  modifierParticiple: RegExp;
  /** A participle that opens a reduced relative clause on a prepositional or infinitive object
   *  (`speaking to Fox News`, `obtained by the Post`), as written. */
  objectModifier: RegExp;
  /** A finite past or third-person verb after a verb-like word (`called`, `admires`; not `make`,
   *  `being`), as written. */
  finiteVerb: RegExp;
  /** A past or third-person form after a capitalised modal the tagger took into the cue (`Will
   *  described`, `Will says`): no modal governs it, so the modal is a name; as written. */
  verbAfterModalName: RegExp;
  /** A whole lower-case word with a finite ending that the tagger misread as a noun or adjective
   *  (`the answer remains`, `Ryan worried`), as written. */
  misreadFiniteVerb: RegExp;
  /** A whole lower-case past tense the tagger read as an adjective or noun before an object (`Cruz
   *  belittled/ADJ the issue`), as written. */
  misreadPastTense: RegExp;
  /** The possessive clitic and the space after it, at the end of the text right before a word
   *  (`GMTV's Sunday programme`), as written. */
  possessiveBeforeWord: RegExp;
  /** A whole token that is the possessive clitic as wink-nlp splits it off, in either case (`’s`,
   *  `'S` of `BBC'S`), as written: inside a role phrase or before a document noun it joins the
   *  noun phrase. */
  possessiveCliticAnyCase: RegExp;
};
