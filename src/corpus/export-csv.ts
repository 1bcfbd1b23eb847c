// ExportRow as RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted,
// quotes doubled. `via` (a list) is joined with "; ". `cueType` came later and is last, so
// scripts reading the earlier columns by position go on working.
import type { ExportRow } from './store.js';

export const EXPORT_COLUMNS = ['article', 'title', 'outlet', 'published', 'url', 'quote', 'kind', 'text', 'speaker', 'cue', 'via', 'cluster', 'cueType'] as const satisfies ReadonlyArray<keyof ExportRow>;

export function csvField(value: string | null): string {
  if (value === null) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvHeader(): string {
  return EXPORT_COLUMNS.join(',') + '\r\n';
}

export function csvRow(row: ExportRow): string {
  return EXPORT_COLUMNS.map((c) => {
    const v = row[c];
    return csvField(Array.isArray(v) ? v.join('; ') : v);
  }).join(',') + '\r\n';
}
