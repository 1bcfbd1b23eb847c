// An article's text split for display: the lines at the top that readHeader reads as the headline or
// a publication-date line (`Published: 4 March 2024`, `By Jane Roe | Updated …`), and the body after
// them. The page shows the first as its header and the second as the article, so the headline is
// not printed twice; both stay ranges of the stored text, so quotation offsets need no shifting.
// extract() records the header lines in the Extraction, so a page render reads them from the
// stored extraction; only extractions stored before that (quotetrace 0.1) are read again here.
import type { Extraction, HeaderLine } from '../../types.js';
import { readHeader } from '../../core/document/header.js';
import { getLocale } from '../../locales/index.js';
import type { TextRange } from './highlight.js';

export type ArticleParts = {
  /** The headline line of the text, when it is the title the page shows. */
  titleLine: TextRange | null;
  /** Date and byline lines between the headline and the body. */
  headerLines: TextRange[];
  body: TextRange;
};

export function articleParts(extraction: Extraction, shownTitle: string): ArticleParts {
  const text = extraction.text;
  let titleLine: TextRange | null = null;
  const headerLines: TextRange[] = [];
  let bodyStart = 0;
  for (const line of headerLinesOf(extraction)) {
    // A first line that is not the title shown (an ingest passed another) stays in the body.
    if (line.role === 'title' && line.text !== shownTitle.trim()) break;
    if (line.role === 'title') titleLine = { start: line.start, end: line.end };
    else headerLines.push({ start: line.start, end: line.end });
    bodyStart = line.end;
  }
  while (bodyStart < text.length && /\s/.test(text[bodyStart]!)) bodyStart++;
  return { titleLine, headerLines, body: { start: bodyStart, end: text.length } };
}

function headerLinesOf(extraction: Extraction): HeaderLine[] {
  return extraction.headerLines ?? readHeader(extraction.text, getLocale(extraction.meta.language)).lines;
}
