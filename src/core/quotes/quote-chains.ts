// Chains of quotation marks (a quotation continued over paragraphs) and how a chain opens and
// closes: the punctuation that tells whether its sentence goes on to an attribution.
import type { Document, Token } from '../document/document.js';
import type { MarkedQuote } from '../marks/marks.js';
import { tokenStartingAtOrAfter } from '../document/token-index.js';
import { isWord } from '../document/word-tokens.js';
import { opensUppercase } from '../document/capitals.js';
import { OPEN_ENDINGS } from '../document/punctuation.js';

/** A run of marked quotations that continue one another over paragraphs. */
export type Chain = { parts: MarkedQuote[]; firstToken: number; lastToken: number; repaired: boolean };

/** Marked quotations joined into chains: a part that continues an earlier one (over paragraphs) joins its chain. */
export function chainMarks(marks: MarkedQuote[], tokens: Token[]): Chain[] {
  const chains: Chain[] = [];
  const chainOf = new Map<number, Chain>();
  marks.forEach((m, i) => {
    // A mark inside the text's last token (`««««««`, read as one token) starts no token: the chain
    // then holds that last token, so its indices always name tokens.
    const first = Math.min(tokenStartingAtOrAfter(tokens, m.start), tokens.length - 1);
    const last = Math.max(first, tokenStartingAtOrAfter(tokens, m.end) - 1);
    const into = m.continues !== null ? chainOf.get(m.continues) : undefined;
    if (into) {
      into.parts.push(m);
      into.lastToken = last;
      into.repaired ||= m.repair === 'reversed-close';
      chainOf.set(i, into);
      return;
    }
    const chain: Chain = { parts: [m], firstToken: first, lastToken: last, repaired: m.repair !== null };
    chains.push(chain);
    chainOf.set(i, chain);
  });
  return chains;
}

/** 1 for every token from the first to the last token of a chain. */
export function tokensInsideQuotes(count: number, chains: Chain[]): Uint8Array {
  const inside = new Uint8Array(count);
  for (const chain of chains) for (let k = chain.firstToken; k <= chain.lastToken && k < count; k++) inside[k] = 1;
  return inside;
}

/** A quotation ending in a comma (or `?`, `!`, a dash) inside or right after its closing mark
 *  leaves its sentence open for the attribution that follows. */
export function endsWithComma(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  // `…say 'I'm the only one,'" Green said`: a nested quotation closing with the outer one.
  let at = m.end - m.close.length - 1;
  if (NESTED_CLOSERS.has(doc.text[at] ?? '') && OPEN_ENDINGS.has(doc.text[at - 1] ?? '')) at--;
  const inside = doc.text[at];
  const after = doc.tokens[chain.lastToken + 1];
  return (inside !== undefined && OPEN_ENDINGS.has(inside)) || (after !== undefined && after.text === ',');
}

/** A comma inside or right after the closing mark (not `?` nor `!`, which may end the sentence). */
export function closesWithComma(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  const after = doc.tokens[chain.lastToken + 1];
  return doc.text[m.end - m.close.length - 1] === ',' || (after !== undefined && after.text === ',');
}

/** `are "not meeting the demand,"`: a fragment of running words (not a capitalised title such as
 *  `“Fox News Sunday,”`) whose comma sits inside the closing mark, in a clause that does not open
 *  with a preposition (`In his book, ''Make Your Kid a Millionaire,''`). */
export function commaInsideClose(doc: Document, chain: Chain): boolean {
  const { tokens, text } = doc;
  const m = chain.parts[chain.parts.length - 1]!;
  if (m.close === null || text[m.end - m.close.length - 1] !== ',') return false;
  let k = chain.firstToken;
  while (k <= chain.lastToken && !isWord(tokens[k]!)) k++;
  if (k > chain.lastToken || opensUppercase(tokens[k]!.text)) return false;
  const sentence = doc.sentences[tokens[chain.firstToken]!.sentence];
  let first = sentence ? sentence.firstToken : chain.firstToken;
  while (first < chain.firstToken && !isWord(tokens[first]!)) first++;
  return tokens[first]!.pos !== 'ADP';
}

/** The quoted words end with a full stop inside the closing mark (`“… continue.”`). */
export function closesWithFullStop(doc: Document, chain: Chain): boolean {
  const m = chain.parts[chain.parts.length - 1]!;
  if (!m.close) return false;
  return doc.text.slice(m.start + m.open.length, m.end - m.close.length).trimEnd().endsWith('.');
}

/** Closing marks of a quotation nested in another (`'`, `’`). */
const NESTED_CLOSERS = new Set(["'", '’']);

/** A quotation that a trailing cue attributes whole starts its sentence: nothing but punctuation
 *  stands before it (`The plan was “dead”, he said` is mixed). */
export function startsItsSentence(doc: Document, chain: Chain): boolean {
  const { tokens } = doc;
  const first = chain.firstToken;
  const sentence = doc.sentences[tokens[first]!.sentence];
  if (!sentence) return true;
  for (let k = first - 1; k >= sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (isWord(t)) return false;
  }
  return true;
}
