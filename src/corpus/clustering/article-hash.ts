// Identity of an article's text across backends: the same story re-saved (other line breaks,
// extra spaces) is the same article. Both stores key idempotence on it, so it must be one function.
import { createHash } from 'node:crypto';

/** Whitespace-insensitive SHA-1 of the article text, hex. */
export function articleTextHash(text: string): string {
  return createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}
