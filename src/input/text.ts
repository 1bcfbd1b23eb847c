// A plain-text article: the text as it is, with the title, publication time and outlet its header
// lines give (readHeader), so a corpus knows them before extraction.
import type { ArticleInput } from '../corpus/store.js';
import { readHeader } from '../core/document/header.js';
import { getLocale } from '../locales/index.js';

export function readTextArticle(text: string, origin: string, defaults: { outlet?: string }): ArticleInput {
  const header = readHeader(text, getLocale('en'));
  const article: ArticleInput = { text, origin };
  if (header.title) article.title = header.title;
  if (header.published) article.published = header.published;
  const outlet = header.outlet ?? defaults.outlet;
  if (outlet) article.outlet = outlet;
  return article;
}
