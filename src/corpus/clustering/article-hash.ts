// Identity of an article's text across backends: the same story re-saved (other line breaks,
// extra spaces) is the same article. Both stores key idempotence on it, so it must be one function.
import { createHash } from 'node:crypto';

/** Whitespace-insensitive SHA-1 of the article text, hex. */
export function articleTextHash(text: string): string {
  return createHash('sha1').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The article's text hash, once per article object: ingest checks an article (hasArticle) and
 *  then stores the very same object, and hashing a long text is not free on the main thread. The
 *  text is kept beside the hash, so an object whose text was replaced is hashed again. */
const hashByArticle = new WeakMap<object, { text: string; hash: string }>();

export function hashOfArticle(article: { text: string }): string {
  const known = hashByArticle.get(article);
  if (known && known.text === article.text) return known.hash;
  const hash = articleTextHash(article.text);
  hashByArticle.set(article, { text: article.text, hash });
  return hash;
}

/** The id of an article given none: derived from its text, the same in both stores. */
export function articleId(article: { id?: string | undefined; text: string }): string {
  return article.id ?? `a-${hashOfArticle(article).slice(0, 16)}`;
}
