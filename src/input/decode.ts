// Bytes → text. UTF-8 first (a BOM is dropped); bytes that are not UTF-8 but read as Western text
// are decoded as Latin-1 (Windows-1252, its superset for the 0x80–0x9F quotes and dashes that old
// news files carry); anything that looks like binary data is refused rather than guessed at.

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'latin-1' } | { ok: false; reason: string };

const SNIFF_BYTES = 64 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node's 'windows-1252' decoder is plain ISO-8859-1 (0x93 stays a C1 control), so the 0x80–0x9F
// row of Windows-1252 is mapped here; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in it.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Line endings become `\n`, so paragraph breaks look the same whatever system wrote the file. */
function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Control bytes that never occur in text (tab, newlines and form feed excepted). */
function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (isControl(b)) controls++;
  }
  return controls > Math.max(2, n * 0.01);
}

/** Latin-1 text is mostly ASCII with scattered high bytes; the bytes 0x81, 0x8D, 0x8F, 0x90 and
 *  0x9D mean nothing in Windows-1252, so their presence says it is some other encoding. */
function looksLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
    high++;
  }
  return high <= bytes.length * 0.3;
}

export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: 'utf-8' | 'utf-16' | 'latin-1';
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16';
  } else {
    if (looksBinary(bytes)) return { ok: false, reason: 'binary data, not text' };
    try {
      text = utf8.decode(bytes); // TextDecoder drops a leading UTF-8 BOM itself
      encoding = 'utf-8';
    } catch {
      if (!looksLatin1(bytes)) return { ok: false, reason: 'not UTF-8 or Latin-1 text' };
      text = decodeWindows1252(bytes);
      encoding = 'latin-1';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, reason: 'empty input' };
  return { ok: true, text: normaliseNewlines(text), encoding };
}
