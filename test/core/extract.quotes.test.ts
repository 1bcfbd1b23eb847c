import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/extract.js';
import type { Extraction, Span } from '../../src/types.js';

const bbc = new URL('../../../shared/datasets/bbc-news/bbc', import.meta.url).pathname;

function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** Every span the extraction emits, named by where it sits in the output. */
function spansOf(x: Extraction): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  for (const q of x.quotes) {
    q.content.forEach((s, i) => out.push([`${q.id}.content[${i}]`, s]));
    if (q.cue) out.push([`${q.id}.cue`, q.cue]);
    if (q.source) out.push([`${q.id}.source`, q.source]);
  }
  for (const e of x.entities) e.mentions.forEach((s, i) => out.push([`${e.id}.mentions[${i}]`, s]));
  x.dates.forEach((d, i) => out.push([`dates[${i}]`, d]));
  return out;
}

function invariantViolations(x: Extraction): string[] {
  return spansOf(x)
    .filter(([, s]) => !(s.start >= 0 && s.end >= s.start && s.end <= x.text.length && x.text.slice(s.start, s.end) === s.text))
    .map(([where, s]) => `${where} ${s.start}-${s.end} ${JSON.stringify(s.text)}`);
}

describe('extract: quotations end to end', () => {
  it('finds direct, mixed and indirect quotations in a news article', () => {
    const text = [
      'Ministers defend tax plan',
      '',
      'The chancellor said on Monday that the plan was “fair and affordable”.',
      '“Nobody earning less than £50,000 will pay a penny more,” she told MPs.',
      'Critics called it a “stealth tax”. Prices will rise, according to the Institute for Fiscal Studies.',
    ].join('\n');
    const x = extract(text);
    const kinds = x.quotes.map((q) => [q.kind, q.content.map((s) => s.text)]);
    expect(kinds).toEqual([
      ['mixed', ['that the plan was “fair and affordable”']],
      ['direct', ['“Nobody earning less than £50,000 will pay a penny more,”']],
      ['mixed', ['it a “stealth tax”']],
      ['indirect', ['Prices will rise']],
    ]);
    expect(invariantViolations(x)).toEqual([]);
  });

  it('returns on 1 MB of quotation marks', () => {
    const x = extract('“”"\'‘’«»„'.repeat(110_000));
    expect(Array.isArray(x.quotes)).toBe(true);
  });

  it('returns on a run of one mark that wink-nlp reads as a single token', () => {
    // Each mark of `««««««««««` lies inside the text's only token, so no token starts at it.
    for (const mark of ['«', '»', '„', '「']) {
      const x = extract(mark.repeat(10));
      expect(x.quotes).toEqual([]);
      expect(invariantViolations(x)).toEqual([]);
    }
  });

  it('returns on 1 MB of "a alternations', () => {
    const x = extract('"a'.repeat(500_000));
    expect(Array.isArray(x.quotes)).toBe(true);
  });
});

describe.skipIf(!existsSync(bbc))('extract: offset invariant over the BBC corpus', () => {
  it('keeps text.slice(start, end) === span.text for every span of every article', () => {
    const violations: string[] = [];
    let articles = 0;
    for (const topic of readdirSync(bbc).sort()) {
      const dir = join(bbc, topic);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        const text = decode(readFileSync(join(dir, name)));
        const x = extract(text);
        articles++;
        for (const v of invariantViolations(x)) violations.push(`${topic}/${name}: ${v}`);
      }
    }
    expect(articles).toBeGreaterThan(2000);
    expect(violations.slice(0, 20)).toEqual([]);
  }, 600_000);
});
