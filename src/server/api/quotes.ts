// GET /api/quotes/:id → ClusterDetail (as `quotetrace quote ID`).
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';

export function quotesApi(store: Store): Hono {
  return new Hono().get('/quotes/:id{.+}', async (c) => {
    const cluster = await store.getCluster(c.req.param('id'));
    return cluster ? c.json(cluster) : c.json({ error: 'no such quotation cluster' }, 404);
  });
}
