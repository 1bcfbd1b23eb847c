/** Whether a UTF-16 code unit is white space as /\s/ and String.prototype.trim read it (Unicode
 *  space separators, tab, vertical tab, form feed, line terminators, U+FEFF), without a regex
 *  test or a one-character string. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
