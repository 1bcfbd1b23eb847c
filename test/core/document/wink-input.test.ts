import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWink, winkIts, winkText } from '../../../src/core/document/wink-input.js';
import { readDocument } from '../../../src/core/document/document.js';
import { extract } from '../../../src/core/extract.js';
import type { Extraction, Span } from '../../../src/types.js';

const bbc = new URL('../../../../shared/datasets/bbc-news/bbc', import.meta.url).pathname;

function spanViolations(x: Extraction): string[] {
  const spans: Span[] = [];
  for (const q of x.quotes) {
    spans.push(...q.content);
    if (q.cue) spans.push(q.cue);
    if (q.source) spans.push(q.source);
  }
  for (const e of x.entities) spans.push(...e.mentions);
  spans.push(...x.dates);
  return spans
    .filter((s) => !(s.start >= 0 && s.end >= s.start && s.end <= x.text.length && x.text.slice(s.start, s.end) === s.text))
    .map((s) => `${s.start}-${s.end} ${JSON.stringify(s.text.slice(0, 40))}`);
}

/** Base64-looking data, as pasted attachments and data: URIs are: a fixed pseudo-random sequence. */
function base64Like(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let state = 12345;
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out += alphabet[state >>> 26]!;
  }
  return out + '==';
}

const AROUND_BEFORE = 'The minister said the figures were "a disgrace to the department".\n';
const AROUND_AFTER = '\n"We will not stand for it," said Jane Smith, the union leader.';

describe('wink-input: long runs without spaces', () => {
  it('keeps the text length and replaces only characters of long runs, with spaces', () => {
    const run = base64Like(1000);
    const text = `Short words stay. ${run} end`;
    const copy = winkText(text);
    expect(copy.length).toBe(text.length);
    const changed = [...copy].flatMap((c, i) => (c === text[i] ? [] : [i]));
    expect(changed.length).toBeGreaterThan(10);
    for (const i of changed) {
      expect(copy[i]).toBe(' ');
      expect(i).toBeGreaterThan(text.indexOf(run));
      expect(i).toBeLessThan(text.indexOf(run) + run.length);
    }
    // No piece of the broken run is longer than the cut length.
    expect(Math.max(...copy.split(' ').map((piece) => piece.length))).toBeLessThanOrEqual(64);
  });

  it('leaves ordinary text, URLs included, untouched', () => {
    const text = 'See https://www.bbc.co.uk/news/uk-politics-12345678?ref=home for more, he said.';
    expect(winkText(text)).toBe(text);
  });

  it('leaves short lines without spaces untouched, and breaks a long one between them', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `item-${i}`).join('\n');
    expect(winkText(lines)).toBe(lines);
    const withLong = `${lines}\n${'y'.repeat(300)}\n${lines}`;
    const copy = winkText(withLong);
    expect(copy.slice(0, lines.length)).toBe(lines);
    expect(copy.slice(-lines.length)).toBe(lines);
    expect(copy.slice(lines.length + 1, lines.length + 301)).toContain(' ');
  });

  it('never cuts a surrogate pair in half', () => {
    const text = '😀'.repeat(500);
    const copy = winkText(text);
    expect(copy.length).toBe(text.length);
    expect(copy).not.toBe(text);
    expect(copy.isWellFormed()).toBe(true);
  });

  it('extracts around 1 MB without spaces, with valid spans and the quotation after it', () => {
    const text = AROUND_BEFORE + 'x'.repeat(1_000_000) + AROUND_AFTER;
    const x = extract(text);
    expect(spanViolations(x)).toEqual([]);
    expect(x.quotes.some((q) => q.content.some((c) => c.text.includes('We will not stand for it')))).toBe(true);
    const doc = readDocument(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('extracts around 1 MB of base64-like data, with valid spans and the quotation after it', () => {
    const text = AROUND_BEFORE + base64Like(1_000_000) + AROUND_AFTER;
    const x = extract(text);
    expect(spanViolations(x)).toEqual([]);
    const after = x.quotes.find((q) => q.content.some((c) => c.text.includes('We will not stand for it')));
    expect(after?.source?.text.startsWith('Jane Smith')).toBe(true);
  });
});

describe('wink-input: tokens depend on the text alone', () => {
  const possessive = "Alzheimer's disease is rising, said Alzheimer's Society chief Jeremy Hughes.";

  it("splits a possessive the same way before and after the word was met whole (`Alzheimer's,`)", () => {
    const tokens = () => readDocument(possessive).tokens.map((t) => `${t.text}/${t.pos}`);
    const fresh = tokens();
    // A comma after it makes wink-nlp add `Alzheimer's` to its lexicon as one word.
    readDocument("Research into Alzheimer's, he said, was underfunded.");
    expect(tokens()).toEqual(fresh);
    expect(fresh.slice(0, 2)).toEqual(['Alzheimer/PROPN', "'s/PART"]);
  });

  it("knows a learned word's lower-case form from where the document adds the word, as a fresh read does", () => {
    // Adding `Zyqxor's` (whole before a comma) adds `zyqxor's` too, so the later lower-case word
    // stays whole, in the first reading and after other documents met both forms.
    const text = "Zyqxor's, the maker, grew. Its rival zyqxor's shares fell.";
    const words = () => readDocument(text).tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.text);
    const first = words();
    expect(first).toContain("zyqxor's");
    readDocument("Other zyqxor's figures, and Zyqxor's own, were flat.");
    expect(words()).toEqual(first);
  });

  it('reads learned words of letters only the same before and after they were met, wherever the tokenizer asks', () => {
    // A raw token alone, behind or before punctuation, and as a piece the recursive tokenizer
    // splits out at a slash, a hyphen or a full stop: wink-nlp asks its lexicon about each.
    const text = 'Qzwerty said (Qzxcvb) and "Qzasdf," then Qzpoiu-Qzlkjh/Qzmnbv and Qzyuio.Qzhjkl rose.';
    const tokens = () => readDocument(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);
    const fresh = tokens();
    readDocument('Qzwerty Qzxcvb Qzasdf Qzpoiu Qzlkjh Qzmnbv Qzyuio Qzhjkl qzwerty QZXCVB, Qzpoiu-Qzlkjh, Qzyuio.Qzhjkl.');
    expect(tokens()).toEqual(fresh);
    expect(fresh.map((t) => t.split('/')[0])).toContain('Qzmnbv');
  });

  it('gives the same extraction before and after other articles are read', () => {
    const text = `"We need more money for Alzheimer's research," said Alzheimer's Society chief Jeremy Hughes on Tuesday.`;
    const first = JSON.stringify(extract(text));
    extract("The Alzheimer's, she said, is a charity. Smith's view, and Sony's, differ.");
    expect(JSON.stringify(extract(text))).toBe(first);
  });
});

describe("wink-input: the raw document data readDocument reads wink-nlp's tokens from", () => {
  // readDocument reads each token through wink-nlp's token helpers on the raw data the model's
  // readability addon hands over (wink-input.ts). These fail if a wink-nlp upgrade changes that
  // hand-over or what the helpers return, against the public `tokens().out()` reading.
  const text = "Mr O'Neill can't say – he won't – whether Zürich's £1.5bn deal (signed 3 Jan.) is \"off\" 😀, said\u00a0Sony's Kazuo Hirai.\nIt isn't.";

  it('hands over raw data the helpers read, token for token as tokens().out() does', () => {
    const { doc, raw } = readWink(text);
    const count = doc.tokens().length();
    expect(count).toBeGreaterThan(20);
    for (const its of [winkIts.value, winkIts.pos, winkIts.normal] as const) {
      const publicReading = doc.tokens().out(its) as string[];
      expect(Array.from({ length: count }, (_, i) => its(i, raw))).toEqual(publicReading);
    }
  });

  it('gives readDocument the words, tags and normal forms of the public reading', () => {
    const { doc } = readWink(text);
    const tokens = readDocument(text).tokens;
    expect(tokens.map((t) => t.text)).toEqual(doc.tokens().out(winkIts.value));
    expect(tokens.map((t) => t.pos)).toEqual(doc.tokens().out(winkIts.pos));
    expect(tokens.map((t) => t.lemma)).toEqual(doc.tokens().out(winkIts.normal));
    // A contraction's parts carry their expansions as normal forms: the branch raw data differs in.
    expect(tokens.filter((t) => t.text === "n't").map((t) => t.lemma)).toEqual(['not', 'not', 'not']);
    expect(tokens.find((t) => t.text === 'wo')?.lemma).toBe('will');
  });
});

function bbcTopic(topic: string): string[] {
  const dir = join(bbc, topic);
  return readdirSync(dir).sort().filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'latin1'));
}

describe.skipIf(!existsSync(bbc))('wink-input: determinism over the BBC corpus', () => {
  it('extract(A) is identical before and after extracting 200 other BBC articles', () => {
    // Without the fixed lexicon view, 21 of these 927 extractions changed after the 200 others
    // taught wink-nlp new whole words (`Sony's`, `men's`…).
    const probes = [...bbcTopic('business'), ...bbcTopic('politics')];
    const others = [...bbcTopic('tech'), ...bbcTopic('entertainment')].filter((_, i) => i % 3 === 0).slice(0, 200);
    const before = probes.map((t) => JSON.stringify(extract(t)));
    for (const t of others) extract(t);
    const changed = probes.flatMap((t, i) => (JSON.stringify(extract(t)) === before[i] ? [] : [t.split('\n')[0]]));
    expect(changed).toEqual([]);
  }, 120_000);
});
