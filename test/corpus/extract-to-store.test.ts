// End to end: article texts → extract() → SqliteStore → a cluster across outlets and one corpus
// person across articles (full name in one, surname alone in the other). Depends on the extractor
// finding direct quotations with "said" and their named speaker. The surname is not an English
// word on purpose: with `Grant` the extractor reads the name as the verb and credits no one
// (reported to the extractor's owner); that is the extractor's case, not the corpus's.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/core/extract.js';
import { SqliteStore } from '../../src/corpus/sqlite/store.js';

const articles = [
  { id: 'wire-1', outlet: 'City Wire', published: '2024-05-02T08:00:00Z',
    text: 'Mayor Olivia Marchetti said on Thursday: "The new tram line will be finished before the end of next summer, whatever the critics say."\n\nThe council has spent two years planning the route.' },
  { id: 'times-1', outlet: 'Valley Times', published: '2024-05-03T09:30:00Z',
    text: 'Olivia Marchetti, the mayor, defended the project. "The new tram line will be finished before the end of next summer," Marchetti said.\n\nOpposition councillors have questioned the cost.' },
];

async function traceTram() {
  const dir = mkdtempSync(join(tmpdir(), 'qt-e2e-'));
  const store = new SqliteStore(join(dir, 'e2e.db'));
    try {
      for (const a of articles) {
        const extraction = extract(a.text, { published: a.published, outlet: a.outlet });
        expect(extraction.quotes.length).toBeGreaterThan(0);
        expect(extraction.quotes.every((q) => q.speaker !== null)).toBe(true);
        await store.addArticle({ id: a.id, outlet: a.outlet, published: a.published, text: a.text, origin: `${a.id}.txt` }, extraction);
      }
      return (await store.search({ q: 'tram line finished' }))[0];
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
}

describe('extract() into the store', () => {
  it('traces a quotation from two outlets into one cluster, first seen in the earlier one', async () => {
    const tram = await traceTram();
    expect(tram).toBeDefined();
    expect(tram!.appearances).toBe(2);
    expect(tram!.outlets.sort()).toEqual(['City Wire', 'Valley Times']);
    expect(tram!.firstSeen.article).toBe('wire-1');
  });

  it('credits both appearances to one corpus person', async () => {
    const tram = await traceTram();
    expect(tram!.speaker).toBe('Olivia Marchetti');
    expect(tram!.conflictingSpeakers).toEqual([]);
  });
});
