// `quotetrace demo` (npm start): ingests examples/ into a fresh file, serves it, and a second run
// adds nothing.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, startCli } from './serve-process.js';

let work: string;
const exampleCount = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.txt')).length;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'quotetrace-demo-'));
});
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe('quotetrace demo', () => {
  it('builds the demo corpus, serves it and prints the URL; a re-run adds nothing', async () => {
    const db = join(work, 'nested', 'demo.db');
    const first = startCli(['demo', '--db', db, '--port', '0']);
    const url = await first.url;
    expect(first.output()).toContain(`${exampleCount} articles added, 0 already there`);
    const search = await (await fetch(`${url}api/search?q=${encodeURIComponent('patience has run out')}`)).json();
    expect(search[0].outlets).toEqual(expect.arrayContaining(['The Halden Courier', 'Coastline Radio News']));
    const article = await fetch(`${url}articles/${encodeURIComponent(search[0].firstSeen.article)}`);
    expect(await article.text()).toContain('Rail workers vote to strike over pay');
    first.child.kill('SIGINT');
    expect((await first.finished).code).toBe(0);

    const second = startCli(['demo', '--db', db, '--port', '0']);
    await second.url;
    expect(second.output()).toContain(`0 articles added, ${exampleCount} already there`);
    const stats = await (await fetch(`${await second.url}api/stats`)).json();
    expect(stats.articles).toBe(exampleCount);
    second.child.kill('SIGINT');
    expect((await second.finished).code).toBe(0);
  });
});
