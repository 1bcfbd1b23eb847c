// Features of a short quoted fragment for the fragment model: the words inside (how many, how many
// capitalised, the punctuation they end with, their pronouns, whether a verb is among them, the mark
// that opens them), the words before (a determiner, preposition or
// possessive points to a title or name; a verb, to words spoken), the token after, where the
// fragment stands in its sentence and paragraph (headline lines), and what the rules made of it.
// Binary features as strings, a few dozen per fragment; each looked up once.
import type { Locale } from '../../../locales/locale.js';
import type { Document, Token } from '../../document/document.js';
import { isWord } from '../../document/word-tokens.js';
import type { FragmentCandidate } from './candidate.js';
import { SENTENCE_END_MARKS } from '../../document/sentence-ends.js';
import { opensUppercase } from '../../document/capitals.js';
import { nonSpaceAtOrAfter, nonSpaceAtOrBefore } from '../../document/non-space-tokens.js';
import { phraseTable } from '../../cues/phrase-table.js';

/** Tokens looked back from the opening mark for the verb of the clause. */
const VERB_WINDOW = 10;
/** Paragraphs this short with no closing full stop read as headlines and labels. */
const HEADLINE_TOKENS = 20;


function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
}

/** The nearest non-space token before `k` in the same sentence, or -1. */
function previousToken(doc: Document, k: number, sentenceFirst: number): number {
  let j = k - 1;
  j = nonSpaceAtOrBefore(doc.tokens, j, sentenceFirst);
  return j >= sentenceFirst ? j : -1;
}

export function fragmentFeatures(doc: Document, c: FragmentCandidate, locale: Pick<Locale, 'cues'>): string[] {
  const { tokens, text } = doc;
  const f: string[] = [];
  // The cue lexicon's first words; its lemmas open with one of them too.
  const lexicon = phraseTable(locale.cues);

  // Inside the marks.
  let words = 0;
  let capitalised = 0;
  let firstWord: Token | null = null;
  let clause = false;
  for (let k = c.firstToken; k <= c.lastToken; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    words++;
    firstWord ??= t;
    if (opensUppercase(t.text)) capitalised++;
    // Words spoken say `I`, `we`, `you` and have a verb; titles and scare quotes are mostly names.
    if (t.pos === 'PRON') f.push(`ip=${t.text.toLowerCase()}`);
    if (t.pos === 'VERB' || t.pos === 'AUX') clause = true;
  }
  f.push(clause ? 'innerVerb' : 'noInnerVerb');
  // `'A change warrior.'` opening a paragraph: single marks set off headings and scare quotes.
  const mark = text.slice(tokens[c.firstToken]!.start, c.innerStart).trim();
  f.push(`mark=${mark}`);
  const titleCase = capitalised === 0 ? 'none' : capitalised === words ? 'all' : 'some';
  f.push(`n=${Math.min(words, 8)}`, `tc=${titleCase}`, `n|tc=${Math.min(words, 8)}|${titleCase}`);
  if (firstWord) {
    f.push(`i1=${firstWord.text.toLowerCase()}`, `i1pos=${firstWord.pos}`);
    if (opensUppercase(firstWord.text)) f.push('cap1');
  }
  const inner = text.slice(c.innerStart, c.innerEnd).trimEnd();
  const lastChar = inner[inner.length - 1] ?? '';
  const end = /[\p{L}\p{N}]/u.test(lastChar) ? 'w' : lastChar;
  f.push(`end=${end}`, `tc|end=${titleCase}|${end}`);
  if (/[,;:—–]/.test(inner.slice(0, -1))) f.push('innerPunct');

  // Rules.
  f.push(c.scare ? 'scare' : 'notScare');
  if (c.framed) f.push('framed');
  if (c.clause) {
    f.push('clause', `cs=${c.clause.cueLemma}`, `csSrc=${c.clause.sourcePos}`);
    if (lexicon.has(c.clause.cueLemma)) f.push('csLex');
  } else f.push('noClause');
  f.push(`sib=${Math.min(c.siblings, 2)}`);

  // Before.
  const opener = tokens[c.firstToken]!;
  const sentence = doc.sentences[opener.sentence]!;
  const paragraph = doc.paragraphs[opener.paragraph]!;
  const p1 = previousToken(doc, c.firstToken, sentence.firstToken);
  const p2 = p1 >= 0 ? previousToken(doc, p1, sentence.firstToken) : -1;
  const word = (k: number) => (k < 0 ? '<S>' : tokens[k]!.text.toLowerCase());
  const pos = (k: number) => (k < 0 ? '<S>' : tokens[k]!.pos);
  f.push(`p1=${word(p1)}`, `p1pos=${pos(p1)}`, `p2=${word(p2)}`, `p2pos=${pos(p2)}`, `p12pos=${pos(p2)}|${pos(p1)}`);
  if (p1 >= 0 && tokens[p1]!.pos !== 'PUNCT') f.push(`p1lem=${tokens[p1]!.lemma}`);
  f.push(`tc|p1pos=${titleCase}|${pos(p1)}`, `scare|clause=${c.scare}|${c.clause !== null}`);
  let verb = -1;
  for (let k = c.firstToken - 1; k >= sentence.firstToken && c.firstToken - k <= VERB_WINDOW; k--) {
    const t = tokens[k]!;
    if (SENTENCE_END_MARKS.has(t.text)) break;
    if (t.pos === 'VERB' && !opensUppercase(t.text)) { verb = k; break; }
  }
  if (verb >= 0) {
    const v = tokens[verb]!;
    f.push(`v=${v.lemma}`, `vd=${bucket(c.firstToken - verb, [1, 2, 4])}`);
    if (lexicon.has(v.lemma) || lexicon.has(v.text.toLowerCase())) f.push('vLex');
    if (/(ed|s)$/.test(v.text)) f.push('vFinite');
  } else f.push('noVerb');

  // After.
  let n1 = c.lastToken + 1;
  n1 = nonSpaceAtOrAfter(tokens, n1);
  const next = tokens[n1];
  if (!next || next.paragraph !== opener.paragraph) f.push('n1=<P>');
  else {
    f.push(`n1pos=${next.pos}`);
    if (next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'CCONJ' || next.pos === 'AUX' || next.pos === 'VERB') f.push(`n1=${next.lemma}`);
    if (next.sentence !== opener.sentence) f.push('endsSentence');
  }

  // Position.
  if (p1 < 0) f.push('sentStart');
  if (c.firstToken <= paragraph.firstToken + 1) f.push('paraStart');
  if (!next || next.paragraph !== opener.paragraph) f.push('paraEnd');
  if (paragraph.i === 0) f.push('para0');
  const paragraphTokens = paragraph.lastToken - paragraph.firstToken + 1;
  const ending = text.slice(Math.max(paragraph.start, paragraph.end - 4), paragraph.end);
  if (paragraphTokens <= HEADLINE_TOKENS && !/[.!?]["”’'»)]*\s*$/.test(ending)) f.push('headline');
  for (let k = paragraph.firstToken; k < c.firstToken && k - paragraph.firstToken <= 8; k++) {
    if (tokens[k]!.text === ':') { f.push('labelColon'); break; }
  }
  return f;
}
