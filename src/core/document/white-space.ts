/** Whether a UTF-16 code unit is white space as /\s/ and String.prototype.trim read it (Unicode
 *  space separators, tab, vertical tab, form feed, line terminators, U+FEFF), without a regex
 *  test or a one-character string. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first offset in [from, to) that is not white space (`to` when there is none): the start of
 *  the span trimmed as String.prototype.trim would, found without slicing it. */
export function trimmedStart(text: string, from: number, to: number): number {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  return from;
}

/** The end of the span [from, to) trimmed of white space at its end (`from` when it is all white space). */
export function trimmedEnd(text: string, from: number, to: number): number {
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return to;
}
