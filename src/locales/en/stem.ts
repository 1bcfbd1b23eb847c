// A deliberately crude English stemmer: enough for `taxes`/`tax` and `raise`/`raising` to meet when
// repeats compares two reports of one statement, without a dictionary. Its input is lower-cased.
//
// It runs once per new word of every quotation of an article, so it reads character codes and cuts
// once at the end, instead of a chain of endsWith and slice: a third of the time, same stems (the
// suffixes in the comments).

const C = 99, D = 100, E = 101, G = 103, H = 104, I = 105, N = 110, S = 115, X = 120;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Cuts the possessive and common English inflections from a lower-cased word. */
export function stem(word: string): string {
  let end = word.length;
  // `'s`, `’s`
  if (end >= 2 && word.charCodeAt(end - 1) === S && (word.charCodeAt(end - 2) === APOSTROPHE || word.charCodeAt(end - 2) === RIGHT_SINGLE_QUOTE)) end -= 2;
  // Every rule below needs more than three letters (and reads no code before the start).
  if (end <= 3) return end === word.length ? word : word.slice(0, end);
  const last = word.charCodeAt(end - 1);
  const second = word.charCodeAt(end - 2);
  const third = word.charCodeAt(end - 3);
  // `ies` → `y`
  if (end > 4 && last === S && second === E && third === I) return word.slice(0, end - 3) + 'y';
  // `ing`
  if (end > 5 && last === G && second === N && third === I) end -= 3;
  // `ed`
  else if (end > 4 && last === D && second === E) end -= 2;
  // `sses`, `xes`, `ches`, `shes`
  else if (end > 4 && last === S && second === E && ((third === S && word.charCodeAt(end - 4) === S) || third === X || (third === H && (word.charCodeAt(end - 4) === C || word.charCodeAt(end - 4) === S)))) end -= 2;
  // `s`, not `ss`
  else if (end > 3 && last === S && second !== S) end -= 1;
  // `e`
  if (end > 3 && word.charCodeAt(end - 1) === E) end -= 1;
  return end === word.length ? word : word.slice(0, end);
}
