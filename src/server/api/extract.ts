// POST /api/extract → the Extraction contract for the posted text (as `quotetrace extract`).
// The only endpoint that accepts a body; it reads nothing from and writes nothing to the corpus.
// Extraction runs off the event loop (posted-extractions.ts); too many at once answer 503.
// ?download=1 answers as an attachment so the /extract page can offer a download without a
// data: link (which the CSP blocks).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readExtractRequest } from '../extract-request.js';
import { busyRetryAfterSeconds, type PostedExtractions } from '../posted-extractions.js';

export function extractApi(limit: number, extractions: PostedExtractions): Hono {
  const tooLarge = `the body is larger than the ${Math.round(limit / 1024)} KB limit`;
  return new Hono().post(
    '/extract',
    bodyLimit({ maxSize: limit, onError: (c) => c.json({ error: tooLarge }, 413) }),
    async (c) => {
      const request = await readExtractRequest(c);
      if (!request.ok) return c.json({ error: request.error }, 400);
      const extraction = await extractions.run(request.text, request.options);
      if (!extraction) {
        c.header('Retry-After', String(busyRetryAfterSeconds));
        return c.json({ error: `the server is already extracting ${extractions.maxPending} texts; try again in a few seconds` }, 503);
      }
      if (c.req.query('download')) c.header('Content-Disposition', 'attachment; filename="extraction.json"');
      return c.json(extraction);
    },
  );
}
