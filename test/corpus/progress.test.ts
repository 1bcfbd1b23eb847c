import { describe, it, expect } from 'vitest';
import { createProgress, formatBar, formatProgressLine, etaSeconds, formatDuration, type IngestProgress } from '../../src/corpus/progress.js';

const midRun: IngestProgress = { articles: 1450, added: 1400, skipped: 40, failed: 10, quotes: 4512, filesDone: 1000, filesTotal: 3233, elapsedMs: 25_000 };

function recorder(isTTY: boolean, columns = 100) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns, write: (s: string) => chunks.push(s) } };
}

describe('progress', () => {
  it('extrapolates the time left from the share of files written', () => {
    // 1000 of 3233 files in 25 s → 2233 files at 25 ms each.
    expect(etaSeconds(midRun)).toBeCloseTo(55.825, 3);
    expect(etaSeconds({ ...midRun, filesTotal: null })).toBeNull();
    expect(etaSeconds({ ...midRun, filesDone: 0 })).toBeNull();
  });

  it('prints durations as m:ss or h:mm:ss', () => {
    expect(formatDuration(55.8)).toBe('0:56');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('shows rate, quotes and ETA in a log line', () => {
    expect(formatProgressLine(midRun)).toBe('ingest: 1,450 articles (1400 added, 40 skipped, 10 failed), 1000/3233 files, 58.0 articles/s, 4,512 quotes, ETA 0:56');
  });

  it('never draws a bar wider than the terminal, however narrow', () => {
    for (const columns of [20, 40, 60, 80, 120, 200]) {
      expect(formatBar(midRun, columns).length).toBeLessThan(columns);
    }
    expect(formatBar(midRun, 120)).toMatch(/^\[#+-+\]  30% 1,450 articles · 58\.0 articles\/s · 4,512 quotes · ETA 0:56$/);
  });

  it('writes plain lines, not redraws, when stderr is not a terminal', () => {
    const { chunks, stream } = recorder(false);
    const progress = createProgress(stream, { intervalMs: 1000 });
    progress.update({ ...midRun, elapsedMs: 10 });
    progress.update({ ...midRun, elapsedMs: 500 }); // within the interval: not printed
    progress.log('quotetrace ingest: bad.bin: binary file');
    progress.update({ ...midRun, elapsedMs: 1500 });
    progress.finish();
    expect(chunks.every((c) => c.endsWith('\n') && !c.includes('\r'))).toBe(true);
    expect(chunks.filter((c) => c.startsWith('ingest:'))).toHaveLength(2);
    expect(chunks).toContain('quotetrace ingest: bad.bin: binary file\n');
  });

  it('prints the last state on finish when it was throttled away', () => {
    const { chunks, stream } = recorder(false);
    const progress = createProgress(stream, { intervalMs: 1000 });
    progress.update({ ...midRun, articles: 1, elapsedMs: 10 });
    progress.update({ ...midRun, articles: 2, elapsedMs: 20 });
    progress.finish();
    expect(chunks.map((c) => c.match(/^ingest: (\d+) articles/)?.[1])).toEqual(['1', '2']);
  });

  it('on a terminal, clears the bar before a log line and redraws it after', () => {
    const { chunks, stream } = recorder(true);
    const progress = createProgress(stream);
    progress.update(midRun);
    progress.log('quotetrace ingest: wire.jsonl#2: Unexpected end of JSON input');
    progress.finish();
    const output = chunks.join('');
    expect(output.indexOf('\r\x1b[Kquotetrace ingest: wire.jsonl#2')).toBeGreaterThan(0);
    expect(output.endsWith('\n')).toBe(true);
    expect(output.split('\n')).toHaveLength(3);
  });
});
