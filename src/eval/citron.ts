// Citron's JSON annotation format (BBC, github.com/bbc/citron, docs/data_format.md): one file per
// document, `{text, quotes:[{cue, sources[], contents[], coreferences?, confidence?, id?}],
// coreference_groups?}`. Citron is Python, so its `start`/`end` are code-point indices into
// `text`; quotetrace converts them to and from UTF-16 here so a file written by `toCitron` is
// read by Citron's own tools unchanged, and a Citron gold file reads as ordinary Spans.
import type { Extraction, Span } from '../types.js';
import { offsetMap, type OffsetMap } from './codepoints.js';
import type { GoldAttribution, GoldDocument } from './gold.js';

/** A span as Citron writes it: code-point offsets, end-exclusive. */
export type CitronSpan = { start: number; end: number; text: string };

export type CitronQuote = {
  /** Citron always has a cue; quotetrace omits it when it found none (e.g. a bare quotation). */
  cue?: CitronSpan;
  sources: CitronSpan[];
  contents: CitronSpan[];
  /** Other mentions of the speaker that resolve the source (`he` → `Humpty Dumpty`). */
  coreferences?: CitronSpan[];
  /** Citron writes it as a string with four decimals; numbers are accepted too. */
  confidence?: number | string;
  id?: string;
};

export type CitronDocument = {
  text: string;
  quotes: CitronQuote[];
  coreference_groups?: CitronSpan[][];
};

export function toCitron(extraction: Extraction): CitronDocument {
  const map = offsetMap(extraction.text);
  const out = (s: Span): CitronSpan => ({ start: map.toCodePoint(s.start), end: map.toCodePoint(s.end), text: s.text });
  const entityById = new Map(extraction.entities.map((e) => [e.id, e]));
  const quotes = extraction.quotes.map((q): CitronQuote => {
    const quote: CitronQuote = {
      sources: q.source ? [out(q.source)] : [],
      contents: q.content.map(out),
    };
    if (q.cue) quote.cue = out(q.cue);
    const speaker = q.speaker ? entityById.get(q.speaker) : undefined;
    if (speaker && q.source) {
      // Citron's coreferences name the speaker where the source does not: the mention spelling the
      // entity's full name, else its first mention, when that is not the source itself.
      const named = speaker.mentions.find((m) => m.text === speaker.name) ?? speaker.mentions[0];
      quote.coreferences = named && !overlaps(named, q.source) ? [out(named)] : [];
    }
    quote.confidence = Number(q.confidence.toFixed(4));
    quote.id = q.id;
    return quote;
  });
  const groups = extraction.entities.filter((e) => e.mentions.length > 1).map((e) => e.mentions.map(out));
  const doc: CitronDocument = { text: extraction.text, quotes };
  if (groups.length > 0) doc.coreference_groups = groups;
  return doc;
}

/** A Citron quote read back into UTF-16 Spans. */
export type CitronQuoteSpans = { id: string; cue: Span | null; sources: Span[]; contents: Span[]; coreferences: Span[] };

/** Reads a parsed Citron JSON document. Throws an Error naming the first malformed field. */
export function readCitron(value: unknown, id = 'document'): { text: string; quotes: CitronQuoteSpans[] } {
  if (!isObject(value) || typeof value.text !== 'string') throw new Error(`${id}: not a Citron document (no "text" string)`);
  const text = value.text;
  const map = offsetMap(text);
  const rawQuotes = value.quotes ?? [];
  if (!Array.isArray(rawQuotes)) throw new Error(`${id}: "quotes" is not an array`);
  const quotes = rawQuotes.map((raw, i): CitronQuoteSpans => {
    const where = `${id}: quotes[${i}]`;
    if (!isObject(raw)) throw new Error(`${where} is not an object`);
    return {
      id: typeof raw.id === 'string' ? raw.id : `q${i + 1}`,
      cue: raw.cue == null ? null : readSpan(raw.cue, text, map, `${where}.cue`),
      sources: readSpans(raw.sources ?? [], text, map, `${where}.sources`),
      contents: readSpans(raw.contents ?? [], text, map, `${where}.contents`),
      coreferences: readSpans(raw.coreferences ?? [], text, map, `${where}.coreferences`),
    };
  });
  return { text, quotes };
}

/** Reads a parsed Citron JSON document as gold. */
export function fromCitron(value: unknown, id = 'document'): GoldDocument {
  const { text, quotes } = readCitron(value, id);
  const attributions = quotes.map((q): GoldAttribution => ({ id: q.id, content: q.contents, source: q.sources, cue: q.cue ? [q.cue] : [] }));
  return { id, text, attributions };
}

function readSpans(raw: unknown, text: string, map: OffsetMap, where: string): Span[] {
  if (!Array.isArray(raw)) throw new Error(`${where} is not an array`);
  return raw.map((s, i) => readSpan(s, text, map, `${where}[${i}]`));
}

function readSpan(raw: unknown, text: string, map: OffsetMap, where: string): Span {
  if (!isObject(raw) || !Number.isInteger(raw.start) || !Number.isInteger(raw.end)) {
    throw new Error(`${where} needs integer "start" and "end"`);
  }
  const cpStart = raw.start as number;
  const cpEnd = raw.end as number;
  if (cpStart < 0 || cpEnd < cpStart || cpEnd > map.codePointLength) {
    throw new Error(`${where} [${cpStart}, ${cpEnd}) lies outside the text (${map.codePointLength} characters)`);
  }
  const start = map.toUtf16(cpStart);
  const end = map.toUtf16(cpEnd);
  return { start, end, text: text.slice(start, end) };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
