// Builds the small news corpus as a database file for the CLI tests, and runs the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/corpus/sqlite/store.js';
import { newsCorpus } from '../corpus/news-corpus.js';

export async function buildNewsCorpusFile(): Promise<{ dir: string; db: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'qt-cli-'));
  const db = join(dir, 'news.db');
  const store = new SqliteStore(db);
  for (const a of newsCorpus) await store.addArticle(a.input, a.extraction);
  await store.close();
  return { dir, db };
}

export function quotetrace(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/quotetrace.js'), ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
