import { describe, it, expect } from 'vitest';
import { csvRow, csvHeader, csvField } from '../../src/corpus/export-csv.js';
import type { ExportRow } from '../../src/corpus/store.js';

/** A small RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('CSV export', () => {
  const row: ExportRow = {
    article: 'herald-1', title: 'Hughes: "no tax rises", for now', outlet: 'Daily Herald', published: '2024-03-01', url: null,
    quote: 'q1', kind: 'direct', text: 'We will not raise taxes,\r\nnot this year, "not ever"', speaker: 'Rachel Hughes', cue: 'said',
    via: ['e3', 'e4'], cluster: 'c1', cueType: 'speech',
  };
  it('quotes fields with commas, quotes and line breaks and reads back exactly', () => {
    const parsed = parseCsv(csvHeader() + csvRow(row));
    expect(parsed[0]).toEqual(['article', 'title', 'outlet', 'published', 'url', 'quote', 'kind', 'text', 'speaker', 'cue', 'via', 'cluster', 'cueType']);
    expect(parsed[1]).toEqual(['herald-1', row.title, 'Daily Herald', '2024-03-01', '', 'q1', 'direct', row.text, 'Rachel Hughes', 'said', 'e3; e4', 'c1', 'speech']);
  });
  it('leaves plain fields bare and doubles inner quotes', () => {
    expect(csvField('Daily Herald')).toBe('Daily Herald');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField(null)).toBe('');
  });
});
