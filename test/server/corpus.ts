// Builds the corpus the server tests run against: the demo articles in examples/ plus the hostile
// fixture, each through the real extract() and a real SQLite store in a temporary directory.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extract } from '../../src/core/extract.js';
import { openStore } from '../../src/corpus/open.js';
import type { Store } from '../../src/corpus/store.js';

export const examplesDir = new URL('../../examples/', import.meta.url).pathname;
export const hostileArticle = new URL('../fixtures/server/script-in-quotation.txt', import.meta.url).pathname;

export type TestCorpus = { store: Store; dir: string; db: string; close(): Promise<void> };

/** Article ids are file names without `.txt`, so tests can name them. */
export async function buildTestCorpus(extraFiles: string[] = [hostileArticle]): Promise<TestCorpus> {
  const dir = mkdtempSync(join(tmpdir(), 'quotetrace-server-'));
  const db = join(dir, 'corpus.db');
  const store = await openStore(db);
  const files = [
    ...readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(examplesDir, f)),
    ...extraFiles,
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const extraction = { file, ...extract(text) };
    const { title, outlet, published } = extraction.meta;
    await store.addArticle({ id: basename(file, '.txt'), text, origin: file, title, outlet, published }, extraction);
  }
  return {
    store, dir, db,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
