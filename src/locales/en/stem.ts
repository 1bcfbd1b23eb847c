// A deliberately crude English stemmer: enough for `taxes`/`tax` and `raise`/`raising` to meet when
// repeats compares two reports of one statement, without a dictionary. Its input is lower-cased.

/** Cuts the possessive and common English inflections from a lower-cased word. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('\u2019s')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
