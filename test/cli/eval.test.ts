import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolnearDir } from '../../src/eval/paths.js';

function quotetrace(...args: string[]) {
  const r = spawnSync('node', ['bin/quotetrace.js', 'eval', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
});

describe('quotetrace eval citron', () => {
  it('scores Citron-format predictions against Citron-format gold', () => {
    // Gold: Humpty Dumpty's quote in two content spans (8 + 17 tokens); the prediction has only
    // the first span, with the right source and cue.
    const r = quotetrace('citron', '--gold', 'test/fixtures/eval/citron-gold', '--predicted', 'test/fixtures/eval/citron-predicted', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.documents).toBe(1);
    expect(report.all.content.exact).toEqual({ p: 0, r: 0, f1: 0 });
    expect(report.all.content.overlap.p).toBe(1);
    expect(report.all.content.overlap.r).toBeCloseTo(8 / 25, 10);
    expect(report.all.source.exact).toEqual({ p: 1, r: 1, f1: 1 });
    expect(report.all.cue.exact).toEqual({ p: 1, r: 1, f1: 1 });
    expect(report.speakerAccuracy).toBe(1);
    expect(Object.keys(report)).toEqual(['split', 'documents', 'all', 'direct', 'speakerAccuracy']);
  });

  it('writes the errors it finds as JSON lines', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qt-eval-')), 'errors.jsonl');
    const r = quotetrace('citron', '--gold', 'test/fixtures/eval/citron-gold', '--predicted', 'test/fixtures/eval/citron-predicted', '--errors', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/content/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([expect.objectContaining({ doc: 'humpty-dumpty.json', error: 'mismatch', fields: ['content'] })]);
  });

  it('names a missing gold directory and a missing option in one line', () => {
    const missing = quotetrace('citron', '--gold', 'test/fixtures/eval/nowhere');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('quotetrace eval: test/fixtures/eval/nowhere: not a directory\n');
    const noGold = quotetrace('citron');
    expect(noGold.code).toBe(2);
    expect(noGold.stderr.split('\n')[0]).toBe('quotetrace eval: eval citron needs --gold DIR');
  });
});

describe('quotetrace eval polnear', () => {
  it('rejects a bad split, format or limit, and a data directory that is not there', () => {
    expect(quotetrace('polnear', '--split', 'validation').stderr).toBe('quotetrace eval: --split must be train, dev or test, not "validation"\n');
    expect(quotetrace('polnear', '--format', 'xml').code).toBe(2);
    expect(quotetrace('polnear', '--limit', '0').code).toBe(2);
    const r = quotetrace('polnear', '--data', 'test/fixtures/eval/nowhere');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^quotetrace eval: test\/fixtures\/eval\/nowhere: PolNeAR data directory not found/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads a PolNeAR-layout directory given with --data', () => {
    const r = quotetrace('polnear', '--data', 'test/fixtures/eval/polnear-first-annotator-emoji', '--split', 'dev', '--format', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ split: 'dev', documents: 1 });
    expect(report.all.quotes.gold).toBe(2);
    expect(report.direct.quotes.gold).toBe(1);
  });

  it.skipIf(!existsSync(defaultPolnearDir()))('finds the shared PolNeAR copy by default and prints a table', () => {
    const r = spawnSync('node', [join(process.cwd(), 'bin/quotetrace.js'), 'eval', 'polnear', '--split', 'dev', '--limit', '3'], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^split: dev {3}documents: 3/);
    expect(r.stdout).toMatch(/content\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+/);
  });
});
