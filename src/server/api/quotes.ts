// GET /api/quotes/:id[?cueType=speech,writing] → ClusterDetail (as `quotetrace quote ID`); with
// cueType, only the appearances of those cue types.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';
import { parseCueTypeParam } from '../cue-type-param.js';

export function quotesApi(store: Store): Hono {
  return new Hono().get('/quotes/:id{.+}', async (c) => {
    const filter = parseCueTypeParam(c.req.query('cueType'));
    if (!filter.ok) return c.json({ error: filter.error }, 400);
    const cluster = await store.getCluster(c.req.param('id'));
    if (!cluster) return c.json({ error: 'no such quotation cluster' }, 404);
    const cueTypes = filter.cueTypes;
    return c.json(cueTypes ? { ...cluster, appearances: cluster.appearances.filter((a) => cueTypes.includes(a.cueType)) } : cluster);
  });
}
