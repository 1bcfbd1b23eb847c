// An HTML page → one article: the main text, title, byline, publication time and site name, found
// by @mozilla/readability over a linkedom DOM. Meta tags (article:published_time and kin) are read
// first for the time, as they are machine-written; readability's guess is the fallback.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { ArticleInput } from '../corpus/store.js';
import { nodeToText } from './html-text.js';
import { normalisePublished } from './published.js';

type Doc = ReturnType<typeof parseHTML>['document'];

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];

function metaContent(document: Doc, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function publishedFromDocument(document: Doc): string | undefined {
  const fromMeta = metaContent(document, PUBLISHED_META);
  if (fromMeta) return fromMeta;
  const time = document.querySelector('time[datetime][pubdate], article time[datetime], time[itemprop="datePublished"]');
  return time?.getAttribute('datetime')?.trim() || undefined;
}

/** Null when the page has no readable text at all. */
export function readHtmlArticle(html: string, origin: string): ArticleInput | null {
  const { document } = parseHTML(html);
  // Read the metadata before readability, which rewrites the document it is given.
  const published = normalisePublished(publishedFromDocument(document));
  const metaTitle = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? document.querySelector('title')?.textContent?.trim();
  const siteName = metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['meta[property="og:url"]']);
  const author = metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']);
  const fallbackText = document.body ? nodeToText(document.body as never) : '';

  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    parsed = null; // a page readability cannot handle still has its body text
  }
  let text = '';
  if (parsed?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = nodeToText(content.body as never);
  }
  if (!text) text = fallbackText;
  if (!text.trim()) return null;

  const article: ArticleInput = { text, origin };
  const title = parsed?.title?.trim() || metaTitle;
  if (title) article.title = title;
  const byline = parsed?.byline?.trim() || author;
  if (byline) article.byline = byline;
  const outlet = parsed?.siteName?.trim() || siteName;
  if (outlet) article.outlet = outlet;
  const time = published ?? normalisePublished(parsed?.publishedTime ?? undefined);
  if (time) article.published = time;
  if (url && /^https?:\/\//.test(url)) { article.url = url; article.id = url; }
  return article;
}
