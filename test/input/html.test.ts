import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHtmlArticle } from '../../src/input/html.js';
import { htmlToText } from '../../src/input/html-text.js';

const page = readFileSync(new URL('../fixtures/input/article-with-meta-tags.html', import.meta.url), 'utf8');

describe('readHtmlArticle', () => {
  const article = readHtmlArticle(page, 'energy.html')!;

  it('takes title, byline, site name, canonical URL and the meta publication time', () => {
    expect(article).toMatchObject({
      origin: 'energy.html',
      title: 'Minister defends energy plan',
      outlet: 'The Northern Ledger',
      published: '2023-03-14T08:30Z',
      url: 'https://ledger.example/news/2023/03/14/energy-plan',
    });
    expect(article.byline).toMatch(/Priya Shah/);
  });

  it('keeps the main text with a blank line between paragraphs, without navigation or scripts', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toContain('"We will not leave families to choose between heating and eating," Mr Hale said. He added that the cap would be reviewed every three months and that suppliers had agreed to the terms.');
    expect(paragraphs.some((p) => p.startsWith('The energy minister, Tom Hale, on Tuesday defended'))).toBe(true);
    expect(article.text).not.toMatch(/Home|tracking|©/);
  });

  it('returns null for a page without text', () => {
    expect(readHtmlArticle('<html><body><script>x()</script></body></html>', 'empty.html')).toBeNull();
  });

  it('falls back to the body text of a page too short for readability', () => {
    const a = readHtmlArticle('<html><head><title>Brief</title></head><body><p>Fire crews were called at 3am.</p><p>No one was hurt, police said.</p></body></html>', 'brief.html')!;
    expect(a.text).toBe('Fire crews were called at 3am.\n\nNo one was hurt, police said.');
  });
});

describe('htmlToText', () => {
  it('turns blocks and line breaks into paragraphs and decodes entities', () => {
    expect(htmlToText('<p>One &amp; two</p><ul><li>three</li></ul>four<br>five')).toBe('One & two\n\nthree\n\nfour\n\nfive');
  });
});
