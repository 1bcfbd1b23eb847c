// Dash attributions: a dash and a bare name after a quotation sign it (reader comments, tweets,
// fact-check lists).
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import type { SourceLink } from '../sources/sources.js';
import { phraseStartingAt } from '../sources/source-noun-phrases.js';
import { opensUppercase } from '../document/capitals.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';
import { type Chain } from './quote-chains.js';
import { DASHES_AND_BAR } from '../document/punctuation.js';

/** `“…” ― Sonya Herridge`, or a quotation followed by a paragraph `- Bernie Sanders.`: a dash and a
 *  bare name after a quotation sign it, as in reader comments, tweets and fact-check lists. The
 *  dash is the cue. */
export function dashAttribution(doc: Document, chain: Chain, locale: Locale): { cue: Cue; link: SourceLink } | null {
  const { tokens } = doc;
  let k = nonSpaceAtOrAfter(tokens, chain.lastToken + 1);
  const dash = tokens[k];
  if (!dash || !DASHES_AND_BAR.has(dash.text)) return null;
  const quoteParagraph = chain.parts[chain.parts.length - 1]!.paragraph;
  const paragraph = doc.paragraphs[dash.paragraph];
  if (!paragraph) return null;
  if (dash.paragraph !== quoteParagraph && !(dash.paragraph === quoteParagraph + 1 && paragraph.firstToken === k)) return null;
  // The quotation ends its paragraph or the dash follows it directly.
  const lastPart = chain.parts[chain.parts.length - 1]!;
  if (dash.paragraph !== quoteParagraph && doc.paragraphs[quoteParagraph]!.end !== lastPart.end) return null;
  const name = phraseStartingAt(doc, k + 1, paragraph.lastToken, locale);
  if (!name || tokens[name.first]!.pos === 'PRON' || !opensUppercase(tokens[name.first]!.text)) return null;
  const after = tokens[name.last + 1];
  const endsParagraph = name.last === paragraph.lastToken || (after !== undefined && (after.text === ',' || after.text === '(' || (after.text === '.' && name.last + 1 === paragraph.lastToken)));
  if (!endsParagraph) return null;
  const cue: Cue = { first: k, last: k, verb: k, start: dash.start, end: dash.end, lemma: dash.text, type: 'speech', frame: 'direct', sentence: dash.sentence, objectWithSource: false, passiveJudgment: false };
  return { cue, link: { mention: name, side: 'after' } };
}
