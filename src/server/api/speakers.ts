// GET /api/speakers/:idOrName → SpeakerDetail (as `quotetrace speaker NAME`).
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';

export function speakersApi(store: Store): Hono {
  return new Hono().get('/speakers/:id{.+}', async (c) => {
    const speaker = await store.getSpeaker(c.req.param('id'));
    return speaker ? c.json(speaker) : c.json({ error: 'no such speaker' }, 404);
  });
}
