import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFeed, looksLikeFeed } from '../../src/input/feed.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/input/${name}`, import.meta.url), 'utf8');

describe('readFeed', () => {
  it('reads RSS items with title, link, guid, date, creator and HTML content as paragraphs', () => {
    const [first, second, third] = readFeed(fixture('rss-two-items.xml'), 'harbour.xml', {});
    expect(first).toEqual({
      origin: 'harbour.xml#1',
      id: 'harbour-1001',
      url: 'https://harbour.example/ferry-strike',
      title: 'Ferry strike called off',
      published: '2023-03-14T09:00Z',
      byline: 'Ana Lopes',
      outlet: 'Harbour Times',
      text: 'A planned ferry strike has been called off after talks overnight.\n\n“Common sense has prevailed,” union official Dan Reilly said.',
    });
    expect(second).toMatchObject({ title: 'Harbour wall repairs & delays', published: '2023-03-13T17:45Z', text: 'Repairs to the harbour wall will take another month, the council said.' });
    expect(third).toEqual({ origin: 'harbour.xml#3', message: 'harbour.xml#3: feed item has no content or description' });
  });

  it('reads Atom entries, choosing the alternate link', () => {
    const [entry] = readFeed(fixture('atom-feed.atom'), 'valley.atom', { outlet: 'ignored' });
    expect(entry).toMatchObject({
      id: 'tag:valley.example,2023:55',
      url: 'https://valley.example/budget',
      title: 'Mayor rejects budget cuts',
      published: '2023-03-14T07:15-05:00',
      outlet: 'Valley Courier',
      byline: 'Lee Park',
      text: 'The mayor said on Tuesday that she would veto the cuts.\n\n“Not on my watch,” she told reporters.',
    });
  });

  it('reports XML that is not a feed, and broken XML, as one error naming the file', () => {
    expect(readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'books.xml', {})).toEqual([{ origin: 'books.xml', message: 'books.xml: XML but not an RSS or Atom feed' }]);
    const broken = readFeed('<rss><channel><item><title>x</title></channel>', 'broken.xml', {});
    expect(broken).toHaveLength(1);
    expect('message' in broken[0]! && broken[0].message).toMatch(/^broken\.xml: /);
  });

  it('sniffs feeds by content', () => {
    expect(looksLikeFeed(fixture('rss-two-items.xml'))).toBe(true);
    expect(looksLikeFeed(fixture('atom-feed.atom'))).toBe(true);
    expect(looksLikeFeed('<!doctype html><html></html>')).toBe(false);
  });
});
