// Gold formats written by Python tools (brat standoff in PolNeAR, Citron's JSON) count Unicode
// code points; quotetrace's Spans count UTF-16 code units. The two differ after every astral
// character (emoji, some CJK), so every offset crossing that boundary goes through this map.

/** Converts offsets between code points and UTF-16 indices for one text. */
export type OffsetMap = {
  /** UTF-16 index of code-point offset `cp` (0..codePointLength inclusive). */
  toUtf16(cp: number): number;
  /** Code-point offset of UTF-16 index `u` (a `u` inside a surrogate pair rounds down). */
  toCodePoint(u: number): number;
  codePointLength: number;
};

export function offsetMap(text: string): OffsetMap {
  // Fast path: no surrogates means both counts agree.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return { toUtf16: (cp) => clamp(cp, text.length), toCodePoint: (u) => clamp(u, text.length), codePointLength: text.length };
  }
  const utf16OfCp: number[] = [];
  const cpOfUtf16 = new Array<number>(text.length + 1);
  let u = 0;
  let cp = 0;
  while (u < text.length) {
    utf16OfCp.push(u);
    const code = text.codePointAt(u)!;
    const width = code > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k++) cpOfUtf16[u + k] = cp;
    u += width;
    cp += 1;
  }
  utf16OfCp.push(text.length);
  cpOfUtf16[text.length] = cp;
  return {
    toUtf16: (c) => utf16OfCp[clamp(c, cp)]!,
    toCodePoint: (i) => cpOfUtf16[clamp(i, text.length)]!,
    codePointLength: cp,
  };
}

function clamp(n: number, max: number): number {
  return n < 0 ? 0 : n > max ? max : n;
}
