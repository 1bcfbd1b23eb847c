// The same statement reported twice in one article, possibly in different words.
import type { Quote } from '../types.js';

export function findRepeats(_quotes: Quote[]): string[][] {
  return [];
}
