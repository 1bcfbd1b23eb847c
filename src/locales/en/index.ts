import type { Locale } from '../locale.js';
import { marks, apostrophes } from './marks.js';
import { cues, evidenceNouns } from './cues.js';
import { topicCues } from './topic-cues.js';
import { dateHeaderLabels, updateHeaderLabel } from './header-labels.js';
import { editorialNotices, headings } from './headings.js';
import { dates } from './dates.js';
import { titles } from './titles.js';
import { pronouns } from './pronouns.js';
import { roleNouns } from './role-nouns.js';
import { outlets } from './outlets.js';
import { documentNouns } from './document-nouns.js';
import { workNouns } from './work-nouns.js';
import { entityVocabulary } from './entities.js';
import { stopwords } from './stopwords.js';
import { stem } from './stem.js';
import { functionWords } from './function-words.js';

export const en: Locale = {
  code: 'en',
  marks,
  apostrophes,
  cues,
  topicCues,
  evidenceNouns,
  titles,
  pronouns,
  roleNouns,
  outlets,
  documentNouns,
  workNouns,
  dateHeaderLabels,
  updateHeaderLabel,
  headings,
  editorialNotices,
  dates,
  entities: entityVocabulary,
  stopwords,
  stem,
  words: functionWords,
};
