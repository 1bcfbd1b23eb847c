// What counts as a word among tokens: letters or digits, not punctuation or whitespace.
import type { Token } from './document.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function isWord(t: Token): boolean {
  return t.pos !== 'PUNCT' && t.pos !== 'SPACE' && LETTER_OR_DIGIT.test(t.text);
}

export function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if (isWord(tokens[k]!)) n++;
  return n;
}
