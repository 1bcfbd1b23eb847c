// The publication's notices about its own text (`Correction: An earlier version of this story
// incorrectly said…`, `Editor's note: Donald Trump … who has repeatedly pledged…`): the outlet
// speaking about its article, boilerplate that PolNeAR leaves unannotated, so the sentence such a
// label opens attributes nothing. A longer note goes on in sentences of its own, whose reporting
// (`officials said`) is ordinary news and stays.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { isEditorialNoticeLabel } from '../document/header.js';
import { markSets } from '../marks/mark-sets.js';

/** Tokens a notice label may take before its colon (`Editor ’s note :`). */
const MAX_NOTICE_LABEL_TOKENS = 6;

/** Indices of the sentences an editorial notice label opens, in text order (few: most articles have none). */
export function editorialNoticeSentences(doc: Document, locale: Locale): number[] {
  const notices: number[] = [];
  if (!locale.editorialNotices) return notices;
  const { tokens } = doc;
  for (const paragraph of doc.paragraphs) {
    if (paragraph.firstToken < 0) continue;
    let first = paragraph.firstToken;
    if (tokens[first]!.pos === 'SPACE' || markSets(locale).opening.has(tokens[first]!.text)) first++;
    for (let k = first + 1; k <= paragraph.lastToken && k - first <= MAX_NOTICE_LABEL_TOKENS; k++) {
      if (tokens[k]!.text !== ':') continue;
      if (isEditorialNoticeLabel(doc.text.slice(tokens[first]!.start, tokens[k]!.start), locale)) notices.push(tokens[k]!.sentence);
      break;
    }
  }
  return notices;
}
