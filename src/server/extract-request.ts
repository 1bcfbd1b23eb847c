// Reads the text to extract from a request body: JSON {text, published?, title?, outlet?}, a
// form (fields of the same names), or the raw body as plain text. Shared by POST /api/extract
// and the /extract page.
import type { Context } from 'hono';
import type { ExtractOptions } from '../types.js';

export type ExtractRequest = { ok: true; text: string; options: ExtractOptions } | { ok: false; error: string };

/** Uploads bigger than this are refused with 413 before they are read. */
export const defaultBodyLimit = 1024 * 1024;

function field(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function fromFields(fields: Record<string, unknown>): ExtractRequest {
  if (typeof fields.text !== 'string') return { ok: false, error: 'send the article as "text"' };
  if (!fields.text.trim()) return { ok: false, error: 'the text is empty' };
  const options: ExtractOptions = {};
  for (const key of ['published', 'title', 'outlet'] as const) {
    const value = field(fields[key]);
    if (value !== undefined) options[key] = value;
  }
  return { ok: true, text: fields.text, options };
}

export async function readExtractRequest(c: Context): Promise<ExtractRequest> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return { ok: false, error: 'the body is not valid JSON' };
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, error: 'send a JSON object {"text": "...", "published"?: "..."}' };
    return fromFields(body as Record<string, unknown>);
  }
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const form = await c.req.parseBody();
    const text = form.text instanceof File ? await form.text.text() : form.text;
    return fromFields({ ...form, text });
  }
  return fromFields({ text: await c.req.text() });
}
