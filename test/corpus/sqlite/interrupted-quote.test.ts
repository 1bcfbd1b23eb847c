import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../../src/corpus/sqlite/store.js';
import { buildExtraction } from '../article-builder.js';
import type { CorpusArticle } from '../news-corpus.js';

// An interrupted quotation `"A," he said, "B."` is stored as one wording "A B"; other articles
// quote only A or only B. All three are the same quotation, whichever arrives first.
const A = 'The bridge will stay closed to lorries until the engineers have finished their survey';
const B = 'Nobody should expect it to reopen before the spring, whatever the hauliers say';

function article(id: string, published: string, text: string, contents: string[]): CorpusArticle {
  const input = { id, text, origin: `${id}.txt`, outlet: 'The Courier', published };
  return { input, extraction: buildExtraction(text, { people: [{ name: 'Mara Quint' }], quotes: [{ content: contents, by: 'Mara Quint', cue: 'said' }], published }) };
}

const interrupted = article('interrupted', '2024-05-01T09:00:00Z',
  `"${A}," Mara Quint said on Monday, "${B}."`, [`"${A},"`, `"${B}."`]);
const onlyA = article('only-a', '2024-05-02T09:00:00Z', `Mara Quint said: "${A}."`, [`"${A}."`]);
const onlyB = article('only-b', '2024-05-03T09:00:00Z', `"${B}," Mara Quint said.`, [`"${B},"`]);

async function clustersAfter(order: CorpusArticle[]): Promise<Map<string, string | null>> {
  const dir = mkdtempSync(join(tmpdir(), 'qt-interrupted-'));
  const store = new SqliteStore(join(dir, 'corpus.db'));
  try {
    for (const a of order) expect((await store.addArticle(a.input, a.extraction)).status).toBe('added');
    const clusters = new Map<string, string | null>();
    for await (const row of store.exportRows()) clusters.set(row.article, row.cluster);
    return clusters;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('an interrupted quotation and articles quoting one of its parts', () => {
  it('stores the interrupted quotation as one wording of both parts', async () => {
    const clusters = await clustersAfter([interrupted]);
    expect(clusters.get('interrupted')).not.toBeNull();
  });

  for (const [name, order] of [
    ['the interrupted quotation first', [interrupted, onlyA, onlyB]],
    ['the parts first', [onlyA, onlyB, interrupted]],
    ['one part first', [onlyB, interrupted, onlyA]],
  ] as const) {
    it(`puts all three in one cluster with ${name}`, async () => {
      const clusters = await clustersAfter([...order]);
      expect(clusters.get('only-a')).toBe(clusters.get('interrupted'));
      expect(clusters.get('only-b')).toBe(clusters.get('interrupted'));
    });
  }
});
