// `quotetrace serve` end to end: the built CLI over a corpus made by `quotetrace ingest`.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, startCli } from './serve-process.js';

let work: string;
let db: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'quotetrace-serve-'));
  db = join(work, 'corpus.db');
  execFileSync(process.execPath, ['bin/quotetrace.js', 'ingest', 'examples', '--db', db, '--jobs', '1'], { cwd: root, stdio: 'ignore' });
});
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('quotetrace serve', () => {
  it('serves the corpus on 127.0.0.1 and stops cleanly on SIGINT', async () => {
    const server = startCli(['serve', '--db', db, '--port', '0']);
    const url = await server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const stats = await (await fetch(`${url}api/stats`)).json();
    expect(stats.articles).toBe(12);
    const home = await fetch(url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toContain("default-src 'none'");
    server.child.kill('SIGINT');
    expect((await server.finished).code).toBe(0);
  });

  it('refuses a missing corpus, a foreign file and a bad port with one line and exit 2', async () => {
    const notDb = join(work, 'notes.txt');
    writeFileSync(notDb, 'not a database');
    for (const args of [['--db', join(work, 'missing.db')], ['--db', notDb], ['--db', db, '--port', 'eighty'], []]) {
      const run = await startCli(['serve', ...args]).finished;
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')[0]).toMatch(/^quotetrace serve: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('says so when the port is taken', async () => {
    const first = startCli(['serve', '--db', db, '--port', '0']);
    const port = new URL(await first.url).port;
    const second = await startCli(['serve', '--db', db, '--port', port]).finished;
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
    first.child.kill('SIGINT');
    await first.finished;
  });
});
