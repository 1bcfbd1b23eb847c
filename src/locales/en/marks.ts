// Quotation-mark conventions read in English-language news, including the continental and East
// Asian marks that appear in quoted foreign statements and in machine-translated copy.
import type { MarkPair } from '../locale.js';

export const marks: MarkPair[] = [
  // Copy edited in several tools mixes curly and straight double quotes (`“…,"`, `"…,”`).
  { open: '“', close: ['”', '"'] },
  { open: '"', close: ['"', '”'] },
  { open: '‘', close: ['’'] },
  // Typewriter copy (the New York Times archive among others) doubles the apostrophe: ''…''.
  { open: "''", close: ["''"] },
  // Text converted from Penn Treebank or LaTeX sources opens with two backticks: ``…''.
  { open: '``', close: ["''"] },
  { open: "'", close: ["'"] },
  { open: '«', close: ['»'] },
  { open: '»', close: ['«'] },
  { open: '„', close: ['“', '”'] },
  { open: '‚', close: ['‘', '’'] },
  { open: '‹', close: ['›'] },
  { open: '「', close: ['」'] },
  { open: '『', close: ['』'] },
];

/** Characters that double as apostrophes inside words (don’t, Blair’s, the ’90s). */
export const apostrophes: string[] = ['’', "'", '‘'];
