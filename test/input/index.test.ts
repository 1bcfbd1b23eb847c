import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputError } from '../../src/input/index.js';
import type { ArticleInput } from '../../src/corpus/store.js';

const dir = fileURLToPath(new URL('../fixtures/input/', import.meta.url));

async function collect(paths: string[], defaults = {}) {
  const out: Array<ArticleInput | InputError> = [];
  for await (const item of readInputs(paths, defaults)) out.push(item);
  return out;
}

describe('readInputs', () => {
  it('walks folders recursively in name order, skipping hidden entries and unknown formats', async () => {
    const items = await collect([`${dir}folder`], { outlet: 'Folder Gazette' });
    expect(items.map((i) => i.origin.slice(dir.length))).toEqual(['folder/nested/records.json#1', 'folder/nested/records.json#2', 'folder/note.txt']);
    expect(items[2]).toMatchObject({ title: 'Short note', outlet: 'Folder Gazette' });
    expect(items[1]).toMatchObject({ outlet: 'Coast Post' });
  });

  it('reads every format by extension and reports bad files without stopping', async () => {
    const names = ['missing.txt', 'binary-with-nul-bytes.bin', 'empty-file.txt', 'article-with-meta-tags.html', 'atom-feed.atom', 'latin1-pound-sign.txt'];
    const items = await collect(names.map((n) => dir + n));
    const summary = items.map((i) => ('message' in i ? i.message.slice(dir.length) : `${i.origin.slice(dir.length)} ok`));
    expect(summary).toEqual([
      'missing.txt: no such file or directory',
      'binary-with-nul-bytes.bin: binary data, not text',
      'empty-file.txt: empty input',
      'article-with-meta-tags.html ok',
      'atom-feed.atom#1 ok',
      'latin1-pound-sign.txt ok',
    ]);
    expect(items[5]).toMatchObject({ title: 'Chelsea fine Mutu' });
  });

  it('sniffs a feed saved without a feed extension', async () => {
    const { mkdtempSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(`${tmpdir()}/qt-input-`);
    copyFileSync(`${dir}rss-two-items.xml`, `${tmp}/feed`);
    const items = await collect([`${tmp}/feed`]);
    expect(items.map((i) => i.origin)).toEqual([`${tmp}/feed#1`, `${tmp}/feed#2`, `${tmp}/feed#3`]);
  });
});

const BBC = '/work/shared/datasets/bbc-news/bbc';

describe.skipIf(!existsSync(BBC))('readInputs over BBC News', () => {
  it('reads all 2,225 articles (README skipped), with titles, and the Latin-1 pound sign', async () => {
    const items = await collect([BBC], { outlet: 'BBC News' });
    expect(items.filter((i) => 'message' in i)).toEqual([]);
    expect(items).toHaveLength(2225);
    const mutu = items.find((i) => i.origin.endsWith('sport/199.txt')) as ArticleInput;
    expect(mutu).toMatchObject({ title: 'Chelsea sack Mutu', outlet: 'BBC News' });
    expect(mutu.text).toContain('£15.8m');
    expect(items.every((i) => 'title' in i && i.title)).toBe(true);
  });
});
