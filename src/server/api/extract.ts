// POST /api/extract → the Extraction contract for the posted text (as `quotetrace extract`).
// The only endpoint that accepts a body; it reads nothing from and writes nothing to the corpus.
// ?download=1 answers as an attachment so the /extract page can offer a download without a
// data: link (which the CSP blocks).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { extract } from '../../core/extract.js';
import { readExtractRequest } from '../extract-request.js';

export function extractApi(limit: number): Hono {
  const tooLarge = `the body is larger than the ${Math.round(limit / 1024)} KB limit`;
  return new Hono().post(
    '/extract',
    bodyLimit({ maxSize: limit, onError: (c) => c.json({ error: tooLarge }, 413) }),
    async (c) => {
      const request = await readExtractRequest(c);
      if (!request.ok) return c.json({ error: request.error }, 400);
      const extraction = extract(request.text, request.options);
      if (c.req.query('download')) c.header('Content-Disposition', 'attachment; filename="extraction.json"');
      return c.json(extraction);
    },
  );
}
