// English closed-class words the core stages test tokens against (`token.lemma`, which wink-nlp
// gives lower-cased). Several near-identical lists are kept apart on purpose: each is the exact
// membership a stage was tuned with, and merging them would change what the stage accepts.
import type { FunctionWords } from '../locale.js';

const set = (...words: string[]): ReadonlySet<string> => new Set(words);

export const functionWords: FunctionWords = {
  articles: set('the', 'a', 'an'),
  personalSubjectPronouns: set('i', 'you', 'he', 'she', 'it', 'we', 'they'),
  subjectPronounsAndWho: set('i', 'you', 'he', 'she', 'it', 'we', 'they', 'who'),
  subjectPronounsAndThere: set('i', 'you', 'he', 'she', 'it', 'we', 'they', 'there'),
  sourcePronouns: set('he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one'),
  possessivePronouns: set('his', 'her', 'its', 'their', 'our', 'my', 'your'),
  demonstratives: set('this', 'that', 'these', 'those'),
  directQuestionOpeners: set('do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'is', 'are', 'was', 'were', 'has', 'have', 'why', 'how', 'what', 'who', 'when', 'where'),
  indirectQuestionOpeners: set('whether', 'if', 'why', 'what', 'which', 'who', 'how', 'when', 'where'),
  clauseWhWords: set('how', 'why', 'whether', 'what', 'where', 'when'),
  wordsBeforeAsk: set('when', 'after', 'once', 'if', 'but', 'and', 'while', 'before'),
  askOccasions: set('when', 'after', 'once', 'before', 'while'),
  glossRelatives: set('who', 'which'),
  subjectRelatives: set('who', 'which', 'that'),
  nonRestrictiveOpeners: set('who', 'which', 'whose', 'where'),
  whoForms: set('who', 'whom', 'whose'),
  complementizers: set('that', 'whether', 'if'),
  eventAdjuncts: set('during', 'while', 'after', 'before'),
  subordinators: set('while', 'although', 'though', 'because', 'if', 'when', 'since', 'as', 'whereas', 'after', 'before'),
  contrastLinks: set('but', 'though', 'although', 'while', 'as', 'yet'),
  nounModifierPrepositions: set('of', 'against', 'for', 'in', 'on', 'from', 'with'),
  nameLinkPrepositions: set('of', 'for', 'at', 'from', 'with', 'on', 'in'),
  bylinePrepositions: set('by'),
  placePrepositions: set('from', 'in', 'at'),
  intensiveReflexives: set('himself', 'herself', 'themselves', 'itself'),
  namingParticiples: set('called', 'titled', 'entitled', 'dubbed', 'named', 'labeled', 'labelled', 'billed'),
  clauseAfterApposition: set('who', 'whom', 'whose', 'which', 'though', 'although', 'but', 'and', 'according', 'as', 'while', 'when', 'because'),
  copulaForms: set('be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", '’s', "'re", '’re', "'m", '’m', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'sound', 'sounded', 'sounds', 'become', 'became', 'becomes', 'stay', 'stayed', 'stays', 'grow', 'grew', 'grown', 'feel', 'felt', 'feels', 'kept'),
  adjunctOpeners: set('because', 'while', 'when', 'although', 'though', 'since', 'after', 'before', 'during', 'despite', 'amid', 'unless', 'whereas'),
  topicClauseOpeners: set('how', 'why', 'what', 'whether', 'who', 'whom', 'which', 'that', 'where', 'when', 'if'),
  auxiliaryForms: set('be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'have', 'has', 'had', 'having', "'ve", 'do', 'does', 'did', 'doing', 'done'),
  titleSmallWords: set('a', 'an', 'the', 'of', 'in', 'on', 'at', 'and', 'or', 'to', 'for', 'with', 'from', 'by', 's', 't'),
};
