// GET /api/search?q=&speaker=&outlet=&from=&to=&cueType=&limit= → ClusterSummary[] (as `quotetrace search`).
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';
import { parseSearchQuery } from '../search-query.js';

export function searchApi(store: Store): Hono {
  return new Hono().get('/search', async (c) => {
    const parsed = parseSearchQuery(c.req.query());
    if (!parsed.ok) return c.json({ error: parsed.error }, 400);
    return c.json(await store.search(parsed.query));
  });
}
