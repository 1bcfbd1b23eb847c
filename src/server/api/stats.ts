// GET /api/stats → CorpusStats (as `quotetrace stats`), quotes counted by cue type too.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';

export function statsApi(store: Store): Hono {
  return new Hono().get('/stats', async (c) => c.json(await store.stats()));
}
