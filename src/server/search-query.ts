// Reads a SearchQuery from URL parameters, shared by GET /api/search and the /search page so both
// accept and reject the same things.
import type { SearchQuery } from '../corpus/store.js';
import { parseCueTypeParam } from './cue-type-param.js';

export const maxSearchLimit = 200;

export type ParsedSearch = { ok: true; query: SearchQuery } | { ok: false; error: string };

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.+\-Z]{2,30})?$/;

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseSearchQuery(params: Record<string, string | undefined>): ParsedSearch {
  const query: SearchQuery = { q: (params.q ?? '').trim() };
  const speaker = optional(params.speaker);
  const outlet = optional(params.outlet);
  if (speaker) query.speaker = speaker;
  if (outlet) query.outlet = outlet;
  for (const key of ['from', 'to'] as const) {
    const value = optional(params[key]);
    if (value === undefined) continue;
    if (!isoDate.test(value) || Number.isNaN(Date.parse(value))) return { ok: false, error: `"${key}" must be an ISO date such as 2024-03-31` };
    query[key] = value;
  }
  const cueTypes = parseCueTypeParam(params.cueType);
  if (!cueTypes.ok) return cueTypes;
  if (cueTypes.cueTypes) query.cueTypes = cueTypes.cueTypes;
  const limit = optional(params.limit);
  if (limit !== undefined) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 1 || n > maxSearchLimit) return { ok: false, error: `"limit" must be a whole number from 1 to ${maxSearchLimit}` };
    query.limit = n;
  }
  return { ok: true, query };
}
