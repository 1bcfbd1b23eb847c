import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Extraction } from '../../src/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const articles = 'test/fixtures/articles/';
const inputs = 'test/fixtures/input/';

function quotetrace(args: string[], stdin?: string | Buffer) {
  const r = spawnSync(process.execPath, ['bin/quotetrace.js', 'extract', ...args], { cwd: root, input: stdin ?? '', encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function checkSpans(x: Extraction) {
  const spans = [
    ...x.quotes.flatMap((q) => [...q.content, q.cue, q.source]),
    ...x.entities.flatMap((e) => e.mentions),
    ...x.dates,
  ].filter((s) => s !== null);
  for (const s of spans) expect(x.text.slice(s!.start, s!.end)).toBe(s!.text);
}

beforeAll(() => {
}, 180_000);

describe('quotetrace extract: formats', () => {
  it('jsonl: one object per article in input order, each with its file, metadata from the header', () => {
    const files = ['wire-dateline-reuters.txt', 'council-housing-labelled-header.txt', 'indirect-quotes-ap-dateline.txt', 'sport-interview-no-header.txt'].map((f) => articles + f);
    const r = quotetrace([...files, '--format', 'jsonl']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Extraction);
    expect(out.map((x) => x.file)).toEqual(files);
    expect(out[0]!.meta).toEqual({ language: 'en', title: "Ukraine's president vows to defend the country as Russian forces advance", published: '2022-02-24T14:05Z', outlet: 'Reuters' });
    expect(out[1]!.meta).toMatchObject({ title: 'Council approves 400 new homes despite protests', published: '2023-03-14T18:30' });
    expect(out[2]!.meta.outlet).toBe('AP');
    expect(out[3]!.meta.published).toBeUndefined();
    for (const x of out) checkSpans(x);
  });

  it('resolves dates against the header publication time, preferring the past', () => {
    const r = quotetrace([articles + 'council-housing-labelled-header.txt']);
    const x = JSON.parse(r.stdout) as Extraction;
    const values = Object.fromEntries(x.dates.map((d) => [d.text, d.value]));
    expect(values).toMatchObject({ Tuesday: '2023-03-14', 'this week': '2023-W11', 'last year': '2022' });
  });

  it('--published overrides the header, and relative dates follow it', () => {
    const r = quotetrace([articles + 'sport-interview-no-header.txt', '--published', '2004-10-25']);
    const x = JSON.parse(r.stdout) as Extraction;
    expect(x.meta.published).toBe('2004-10-25');
    expect(x.dates.find((d) => d.text === 'Saturday')?.value).toBe('2004-10-23');
  });

  it('json: one object for one file, an array for several', () => {
    expect(Array.isArray(JSON.parse(quotetrace([articles + 'wire-dateline-reuters.txt']).stdout))).toBe(false);
    const several = JSON.parse(quotetrace([articles + 'wire-dateline-reuters.txt', articles + 'sport-interview-no-header.txt', '--format', 'json']).stdout);
    expect(several.map((x: Extraction) => x.file)).toEqual([articles + 'wire-dateline-reuters.txt', articles + 'sport-interview-no-header.txt']);
  });

  it('json carries each quote’s cue type; a council approving a plan is a stance, not words', () => {
    const file = articles + 'council-housing-labelled-header.txt';
    const x = JSON.parse(quotetrace([file]).stdout) as Extraction;
    for (const q of x.quotes) expect(['speech', 'writing', 'belief', 'intention', 'stance']).toContain(q.cueType);
    const approval = x.quotes.find((q) => q.cue?.text === 'approves');
    expect(approval?.cueType).toBe('stance');
    expect(x.quotes.filter((q) => q.kind === 'direct').every((q) => q.cueType === 'speech')).toBe(true);
    expect(quotetrace([file, '--format', 'text']).stdout).toMatch(/\(approves\) — indirect, stance, confidence/);
  });

  it('text: a listing with title, metadata, every quotation found and the dates', () => {
    const file = articles + 'wire-dateline-reuters.txt';
    const x = JSON.parse(quotetrace([file]).stdout) as Extraction;
    const text = quotetrace([file, '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`== ${file} — “Ukraine's president vows to defend the country as Russian forces advance”`);
    expect(text.stdout).toContain('outlet: Reuters · published: 2022-02-24T14:05Z');
    expect(text.stdout).toContain(`${x.quotes.length} quotation`);
    const flat = text.stdout.replace(/\s+/g, ' ');
    for (const q of x.quotes) expect(flat).toContain(q.content.map((c) => c.text).join(' … ').replace(/\s+/g, ' '));
    expect(flat).toContain('Thursday = 2022-02-24');
  });

  it('citron: Citron documents with text and quotes', () => {
    const r = quotetrace([articles + 'sport-interview-no-header.txt', '--format', 'citron']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.text).toContain('Mourinho praises Chelsea spirit');
    expect(Array.isArray(doc.quotes)).toBe(true);
  });

  it('reads HTML, feeds and records through the same adapters', () => {
    const r = quotetrace([inputs + 'article-with-meta-tags.html', inputs + 'rss-two-items.xml', '--format', 'jsonl']);
    expect(r.code).toBe(2); // the feed's third item has no text
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Extraction);
    expect(out.map((x) => x.file)).toEqual([inputs + 'article-with-meta-tags.html', inputs + 'rss-two-items.xml#1', inputs + 'rss-two-items.xml#2']);
    expect(out[0]!.meta).toMatchObject({ title: 'Minister defends energy plan', outlet: 'The Northern Ledger', published: '2023-03-14T08:30Z' });
    expect(r.stderr.trim()).toBe(`quotetrace extract: ${inputs}rss-two-items.xml#3: feed item has no content or description`);
  });
});

describe('quotetrace extract: stdin and bad input', () => {
  it('reads stdin for -', () => {
    const r = quotetrace(['-', '--format', 'jsonl'], 'Published: 2023-01-10\n\n"It is over," the coach said on Monday.\n');
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout) as Extraction;
    expect(x.file).toBe('-');
    expect(x.dates).toEqual([{ start: 11, end: 21, text: '2023-01-10', value: '2023-01-10' }, expect.objectContaining({ text: 'Monday', value: '2023-01-09' })]);
  });

  it('reads a Latin-1 file', () => {
    const x = JSON.parse(quotetrace([inputs + 'latin1-pound-sign.txt']).stdout) as Extraction;
    expect(x.text).toContain('£15,000');
    expect(x.meta.title).toBe('Chelsea fine Mutu');
  });

  it('reports each bad file on one line, processes the others, exits 2', () => {
    const tmp = mkdtempSync(`${tmpdir()}/qt-extract-`);
    writeFileSync(`${tmp}/noise.dat`, Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
    const good = articles + 'sport-interview-no-header.txt';
    const r = quotetrace([`${tmp}/missing.txt`, inputs + 'binary-with-nul-bytes.bin', good, inputs + 'empty-file.txt', inputs + 'whitespace-only.txt', tmp, '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `quotetrace extract: ${tmp}/missing.txt: no such file or directory`,
      `quotetrace extract: ${inputs}binary-with-nul-bytes.bin: binary data, not text`,
      `quotetrace extract: ${inputs}empty-file.txt: empty input`,
      `quotetrace extract: ${inputs}whitespace-only.txt: empty input`,
      `quotetrace extract: ${tmp}: is a directory`,
    ]);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).file)).toEqual([good]);
  });

  it('rejects unknown formats and unreadable --published with a usage line', () => {
    const bad = quotetrace([articles + 'sport-interview-no-header.txt', '--format', 'yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^quotetrace extract: unknown --format "yaml"/);
    const date = quotetrace([articles + 'sport-interview-no-header.txt', '--published', 'someday']);
    expect(date.code).toBe(2);
    expect(date.stderr).not.toMatch(/\n\s+at /);
    expect(quotetrace([]).code).toBe(2);
  });

  // Not a timing test: the spawn timeout only turns a hang into a failure.
  it('survives a megabyte of quotation marks', { timeout: 180_000 }, () => {
    const r = quotetrace(['-', '--format', 'jsonl'], `Published: 2023-01-10\n\n${'“"«'.repeat(350_000)}\n`);
    expect(r.code).toBe(0);
    checkSpans(JSON.parse(r.stdout));
  });
});
