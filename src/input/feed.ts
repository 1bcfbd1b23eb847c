// RSS 2.0, RSS 1.0 (RDF) and Atom feeds → one article per item, with title, link, publication time
// and the item's HTML content (or description) as text. The feed's own title is the outlet.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleInput } from '../corpus/store.js';
import type { InputError } from './errors.js';
import { htmlToText } from './html-text.js';
import { normalisePublished } from './published.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** True when the text opens like a feed document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^\s*(<\?xml[^>]{0,200}\?>\s*)?(<!--[\s\S]{0,500}?-->\s*)*/, '');
  return /^<(rss|feed|rdf:RDF)[\s>]/.test(head);
}

type Node = Record<string, unknown>;

/** The text of an element that may be a string, `{#text, @_type}` or missing. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Node)['#text']);
  return undefined;
}

function linkOf(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let fallback: string | undefined;
  for (const link of links) {
    if (typeof link === 'string') { fallback ??= link; continue; }
    if (link && typeof link === 'object') {
      const node = link as Node;
      const href = (node['@_href'] as string | undefined) ?? textOf(node);
      const rel = node['@_rel'] as string | undefined;
      if (href && (!rel || rel === 'alternate')) return href;
      fallback ??= href;
    }
  }
  return fallback;
}

function asArray(value: unknown): Node[] {
  if (Array.isArray(value)) return value as Node[];
  return value && typeof value === 'object' ? [value as Node] : [];
}

export function readFeed(xml: string, origin: string, defaults: { outlet?: string }): Array<ArticleInput | InputError> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [{ origin, message: `${origin}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg.split('\n')[0]})` }];
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (err) {
    return [{ origin, message: `${origin}: not a readable feed (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})` }];
  }
  const rss = root['rss'] as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root['feed'] as Node | undefined;
  let channelTitle: string | undefined;
  let items: Node[];
  if (rss) {
    const channel = asArray(rss['channel'])[0] ?? {};
    channelTitle = textOf(channel['title']);
    items = asArray(channel['item']);
  } else if (rdf) {
    channelTitle = textOf(asArray(rdf['channel'])[0]?.['title']);
    items = asArray(rdf['item']);
  } else if (atom) {
    channelTitle = textOf(atom['title']);
    items = asArray(atom['entry']);
  } else {
    return [{ origin, message: `${origin}: XML but not an RSS or Atom feed` }];
  }
  if (items.length === 0) return [{ origin, message: `${origin}: feed has no items` }];

  return items.map((item, i): ArticleInput | InputError => {
    const itemOrigin = `${origin}#${i + 1}`;
    const html = textOf(item['content:encoded']) ?? textOf(item['content']) ?? textOf(item['description']) ?? textOf(item['summary']);
    const text = html ? htmlToText(html) : '';
    if (!text.trim()) return { origin: itemOrigin, message: `${itemOrigin}: feed item has no content or description` };
    const article: ArticleInput = { text, origin: itemOrigin };
    const title = textOf(item['title']);
    if (title) article.title = htmlToText(title);
    const link = linkOf(item['link']);
    if (link) article.url = link;
    const guid = textOf(item['guid']) ?? textOf(item['id']);
    const id = guid ?? link;
    if (id) article.id = id;
    const published = normalisePublished(textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['dc:date']) ?? textOf(item['updated']));
    if (published) article.published = published;
    const byline = textOf(item['dc:creator']) ?? textOf(item['author']) ?? textOf(asArray(item['author'])[0]?.['name']);
    if (byline) article.byline = byline;
    const outlet = channelTitle ?? defaults.outlet;
    if (outlet) article.outlet = outlet;
    return article;
  });
}
