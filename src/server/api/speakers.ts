// GET /api/speakers/:idOrName[?cueType=speech,writing] → SpeakerDetail (as `quotetrace speaker
// NAME`); with cueType, only the clusters where their own quotes are of those cue types.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';
import { parseCueTypeParam } from '../cue-type-param.js';

export function speakersApi(store: Store): Hono {
  return new Hono().get('/speakers/:id{.+}', async (c) => {
    const filter = parseCueTypeParam(c.req.query('cueType'));
    if (!filter.ok) return c.json({ error: filter.error }, 400);
    const speaker = await store.getSpeaker(c.req.param('id'), { cueTypes: filter.cueTypes });
    return speaker ? c.json(speaker) : c.json({ error: 'no such speaker' }, 404);
  });
}
