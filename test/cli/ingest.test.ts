import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/corpus/open.js';

// The built CLI, end to end: real files, the real reader, the real SQLite store and, with
// --jobs 2, the real worker pool (dist/corpus/extract-worker.js).
const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'test/fixtures/ingest');
let work: string;

beforeAll(() => {
  expect(existsSync(join(root, 'dist/corpus/extract-worker.js'))).toBe(true);
  work = mkdtempSync(join(tmpdir(), 'quotetrace-ingest-'));
});
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

type Finished = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function start(args: string[]): { child: ChildProcess; finished: Promise<Finished>; firstProgress: Promise<string> } {
  const child = spawn(process.execPath, ['bin/quotetrace.js', 'ingest', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let onProgress: (line: string) => void = () => {};
  const firstProgress = new Promise<string>((resolve) => { onProgress = resolve; });
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => {
    stderr += d;
    const line = stderr.split('\n').find((l) => /^ingest: \d+ articles \([1-9]\d* added/.test(l));
    if (line) onProgress(line);
  });
  const finished = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, finished, firstProgress };
}

const ingestCli = (args: string[]): Promise<Finished> => start(args).finished;

async function contents(db: string) {
  const store = await openStore(db);
  try {
    const quotes: string[] = [];
    for await (const row of store.exportRows()) quotes.push(`${row.article}\t${row.quote}\t${row.text}`);
    return { stats: await store.stats(), quotes: quotes.sort() };
  } finally {
    await store.close();
  }
}

const people = [
  ['Paul Okafor', 'council leader'], ['Margaret Lyle', 'opposition leader'], ['Eluned Morgan', 'health minister'],
  ['David Black', 'chief executive of Ofwat'], ['Christine Middlemiss', 'chief veterinary officer'], ['Mark Harper', 'transport secretary'],
];
const towns = ['Harrow', 'Leeds', 'Cardiff', 'Norwich', 'Bristol', 'Dundee', 'Exeter', 'Derby'];
const topics = ['bus routes', 'school meals', 'flood defences', 'library hours', 'road repairs', 'housing grants'];

/** A folder of distinct news articles, each with direct and indirect quotations. */
function writeCorpus(dir: string, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const [name, role] = people[i % people.length]!;
    const town = towns[i % towns.length]!;
    const topic = topics[(i * 7) % topics.length]!;
    const folder = join(dir, town.toLowerCase());
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `story-${String(i).padStart(3, '0')}.txt`), [
      `${town} plan for ${topic} draws criticism (report ${i})`,
      '',
      `Published: ${1 + (i % 28)} March 2024`,
      '',
      `Plans to change ${topic} in ${town} were debated for ${2 + (i % 5)} hours on Tuesday, with ${40 + i} residents in the public gallery.`,
      '',
      `"We will not let ${topic} fall apart on our watch," said ${name}, the ${role}. "Every one of the ${100 + i} families affected will hear from us."`,
      '',
      `Critics said the proposal would cost £${(i + 3) * 13}m and warned that the timetable was unrealistic.`,
      '',
      `${name.split(' ')[1]} told reporters the review would be published within ${3 + (i % 9)} weeks.`,
      '',
    ].join('\n'));
  }
}

describe('quotetrace ingest (built CLI)', () => {
  it('exits 2 on usage errors', async () => {
    for (const args of [[fixtures], ['--db', join(work, 'usage.db')], [fixtures, '--db', join(work, 'usage.db'), '--jobs', '0'], [fixtures, '--db', join(work, 'usage.db'), '--format', 'xml']]) {
      const run = await ingestCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^quotetrace ingest: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('stores the good fixtures, names each bad one on stderr, exits 1 and adds nothing on a re-run', async () => {
    const db = join(work, 'fixtures.db');
    const first = await ingestCli([fixtures, '--db', db, '--jobs', '2', '--format', 'json']);
    // 4 good .txt (one a re-post of another with different spacing), 1 .html, 2 good JSONL records;
    // a JSONL line cut short and a PNG renamed .txt fail.
    expect(JSON.parse(first.stdout)).toMatchObject({ inputs: 9, added: 6, skipped: 1, failed: 2, jobs: 2, interrupted: false });
    expect(first.code).toBe(1);
    const errorLines = first.stderr.split('\n').filter((l) => l.startsWith('quotetrace ingest: '));
    expect(errorLines.filter((l) => l.includes('wire-records-with-broken-second-line.jsonl'))).toHaveLength(1);
    expect(errorLines.filter((l) => l.includes('binary-png-saved-with-txt-extension.txt'))).toHaveLength(1);
    expect(errorLines).toContain('quotetrace ingest: 2 of 9 inputs failed');
    expect(first.stderr).not.toMatch(/\n\s+at /);
    const stored = await contents(db);
    expect(stored.stats.articles).toBe(6);

    const again = await ingestCli([fixtures, '--db', db, '--jobs', '2', '--format', 'json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ inputs: 9, added: 0, skipped: 7, failed: 2 });
    expect(await contents(db)).toEqual(stored);
  });

  it('prints a text summary and exits 0 when every input is good', async () => {
    const dir = join(work, 'good');
    writeCorpus(dir, 5);
    const run = await ingestCli([dir, '--db', join(work, 'good.db'), '--jobs', '2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^5 articles added, 0 skipped, 0 failed; \d+ quotes; [\d.]+ s, [\d.]+ articles\/s \(2 jobs\)\n$/);
    // Not a terminal: progress comes as plain lines on stderr.
    expect(run.stderr).toMatch(/^ingest: \d+ articles \(/m);
    expect(run.stderr).not.toContain('\r');
  });

  it('after kill -9 mid-run, a re-run ends with exactly what one clean run stores', async () => {
    const dir = join(work, 'crash');
    writeCorpus(dir, 220);
    const cleanDb = join(work, 'clean.db');
    const clean = await ingestCli([dir, '--db', cleanDb, '--jobs', '2', '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ added: 220, failed: 0 });

    const crashedDb = join(work, 'crashed.db');
    const doomed = start([dir, '--db', crashedDb, '--jobs', '2', '--format', 'json']);
    await doomed.firstProgress;
    doomed.child.kill('SIGKILL');
    const killed = await doomed.finished;
    expect(killed.signal).toBe('SIGKILL');
    const partial = await contents(crashedDb);
    expect(partial.stats.articles).toBeGreaterThan(0);
    expect(partial.stats.articles).toBeLessThan(220);
    // No half-stored article: each article the killed run stored has all of its quotations.
    const expected = await contents(cleanDb);
    const articleOf = (row: string): string => row.slice(0, row.indexOf('\t'));
    const killedArticles = new Set(partial.quotes.map(articleOf));
    expect(partial.quotes).toEqual(expected.quotes.filter((row) => killedArticles.has(articleOf(row))));

    const resumed = await ingestCli([dir, '--db', crashedDb, '--jobs', '2', '--format', 'json']);
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ added: 220 - partial.stats.articles, skipped: partial.stats.articles, failed: 0 });
    const actual = await contents(crashedDb);
    expect(new Set(actual.quotes).size).toBe(actual.quotes.length);
    expect(actual).toEqual(expected);
  });

  it('stops cleanly on Ctrl-C with a summary, and a re-run finishes the rest', async () => {
    const dir = join(work, 'interrupt');
    writeCorpus(dir, 200);
    const db = join(work, 'interrupt.db');
    const run = start([dir, '--db', db, '--jobs', '2', '--format', 'json']);
    await run.firstProgress;
    run.child.kill('SIGINT');
    const stopped = await run.finished;
    expect(stopped.code).toBe(130);
    const summary = JSON.parse(stopped.stdout);
    expect(summary).toMatchObject({ interrupted: true, failed: 0 });
    expect(summary.added).toBeLessThan(200);
    expect((await contents(db)).stats.articles).toBe(summary.added);

    const rest = await ingestCli([dir, '--db', db, '--jobs', '2', '--format', 'json']);
    expect(JSON.parse(rest.stdout)).toMatchObject({ added: 200 - summary.added, skipped: summary.added, failed: 0 });
  });
});
