// GET /api/articles/:id → the stored article with its extraction.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';

export function articlesApi(store: Store): Hono {
  return new Hono().get('/articles/:id{.+}', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    return article ? c.json(article) : c.json({ error: 'no such article' }, 404);
  });
}
