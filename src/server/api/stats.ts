// GET /api/stats → CorpusStats (as `quotetrace stats`).
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';

export function statsApi(store: Store): Hono {
  return new Hono().get('/stats', async (c) => c.json(await store.stats()));
}
