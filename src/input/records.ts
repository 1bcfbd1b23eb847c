// JSON Lines and JSON files of article records: `{id?, url?, title?, outlet?, published?, text? | html?}`.
// A .json file holds one record, an array of them, or `{articles: [...]}`. A bad record becomes an
// InputError naming `file.jsonl:LINE` (or `file.json#N`) and the problem; the others are still read.
import type { ArticleInput } from '../corpus/store.js';
import { inputError, type InputError } from './errors.js';
import { htmlToText } from './html-text.js';
import { normalisePublished } from './published.js';

const STRING_FIELDS = ['id', 'url', 'title', 'outlet', 'published', 'text', 'html', 'byline'] as const;

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

export function readRecord(value: unknown, origin: string, defaults: { outlet?: string }): ArticleInput | InputError {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return inputError(origin, `expected an object, got ${describeType(value)}`);
  const record = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(field === 'id' && typeof v === 'number')) {
      return inputError(origin, `field "${field}" must be a string, got ${describeType(v)}`);
    }
  }
  const str = (field: (typeof STRING_FIELDS)[number]) => {
    const v = record[field];
    return v === undefined || v === null ? undefined : String(v);
  };
  const html = str('html');
  const text = str('text') ?? (html !== undefined ? htmlToText(html) : undefined);
  if (text === undefined) return inputError(origin, 'record has neither "text" nor "html"');
  const normalised = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (!normalised.trim()) return inputError(origin, 'empty text');
  const article: ArticleInput = { text: normalised, origin };
  const id = str('id');
  if (id) article.id = id;
  const url = str('url');
  if (url) article.url = url;
  const title = str('title');
  if (title) article.title = title;
  const outlet = str('outlet') ?? defaults.outlet;
  if (outlet) article.outlet = outlet;
  const byline = str('byline');
  if (byline) article.byline = byline;
  const published = str('published');
  if (published) {
    const iso = normalisePublished(published);
    if (!iso) return inputError(origin, `unreadable "published" date "${published.slice(0, 40)}"`);
    article.published = iso;
  }
  return article;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!;
}

export function readJsonLines(content: string, file: string, defaults: { outlet?: string }): Array<ArticleInput | InputError> {
  const out: Array<ArticleInput | InputError> = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const origin = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      out.push(inputError(origin, `not JSON (${firstLine((err as Error).message)})`));
      continue;
    }
    out.push(readRecord(value, origin, defaults));
  }
  if (out.length === 0) out.push(inputError(file, 'no records'));
  return out;
}

export function readJsonFile(content: string, file: string, defaults: { outlet?: string }): Array<ArticleInput | InputError> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return [inputError(file, `not JSON (${firstLine((err as Error).message)})`)];
  }
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles : null;
  if (!list) return [readRecord(value, file, defaults)];
  if (list.length === 0) return [inputError(file, 'no records')];
  return list.map((v, i) => readRecord(v, `${file}#${i + 1}`, defaults));
}
