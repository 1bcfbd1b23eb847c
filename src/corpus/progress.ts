// What an ingest run looks like while it runs: a redrawn bar on a terminal, plain lines in a log
// (CI, pipes, `2> file`). Always on stderr so stdout carries only the summary and stays parseable.

/** A snapshot of an ingest run, emitted after every article the writer finishes. */
export type IngestProgress = {
  /** Articles finished so far: added + skipped + failed. */
  articles: number;
  added: number;
  skipped: number;
  failed: number;
  /** Quotations stored so far. */
  quotes: number;
  /** Input files fully written, and how many there are (null while still counting). */
  filesDone: number;
  filesTotal: number | null;
  elapsedMs: number;
};

export type ProgressReporter = {
  update(progress: IngestProgress): void;
  /** Prints one line (an error, a notice) without garbling the bar. */
  log(line: string): void;
  /** Final redraw, then leaves the cursor on a fresh line. */
  finish(): void;
};

type ProgressStream = { write(chunk: string): unknown; isTTY?: boolean; columns?: number };

export type ProgressOptions = {
  /** Defaults to the stream's own isTTY. */
  tty?: boolean;
  /** Least time between two redraws (TTY) or two plain lines. */
  intervalMs?: number;
};

export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): ProgressReporter {
  const tty = options.tty ?? Boolean(stream.isTTY);
  const intervalMs = options.intervalMs ?? (tty ? 100 : 2000);
  let last: IngestProgress | null = null;
  let lastDrawnAt = -Infinity;
  let barShown = false;

  const draw = (progress: IngestProgress): void => {
    if (tty) {
      stream.write(`\r${formatBar(progress, stream.columns || 80)}\x1b[K`);
      barShown = true;
    } else {
      stream.write(`${formatProgressLine(progress)}\n`);
    }
  };

  return {
    update(progress) {
      last = progress;
      // The first article is always shown, so a run that has started says so at once.
      if (progress.elapsedMs - lastDrawnAt < intervalMs && lastDrawnAt !== -Infinity) return;
      lastDrawnAt = progress.elapsedMs;
      draw(progress);
    },
    log(line) {
      if (barShown) stream.write('\r\x1b[K');
      stream.write(`${line}\n`);
      if (barShown && last) stream.write(`\r${formatBar(last, stream.columns || 80)}\x1b[K`);
    },
    finish() {
      if (last && (tty || last.elapsedMs !== lastDrawnAt)) draw(last);
      if (barShown) stream.write('\n');
      barShown = false;
    },
  };
}

export function articlesPerSecond(progress: Pick<IngestProgress, 'articles' | 'elapsedMs'>): number {
  return progress.elapsedMs > 0 ? (progress.articles * 1000) / progress.elapsedMs : 0;
}

/** Seconds left, extrapolated from the share of input files done; null when it cannot be told. */
export function etaSeconds(progress: IngestProgress): number | null {
  const { filesDone, filesTotal, elapsedMs } = progress;
  if (filesTotal === null || filesDone === 0 || elapsedMs <= 0) return null;
  return Math.max(0, ((filesTotal - filesDone) * elapsedMs) / filesDone / 1000);
}

export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

const count = new Intl.NumberFormat('en-US');

function stats(progress: IngestProgress): string[] {
  const eta = etaSeconds(progress);
  return [
    `${articlesPerSecond(progress).toFixed(1)} articles/s`,
    `${count.format(progress.quotes)} quotes`,
    `ETA ${eta === null ? '--:--' : formatDuration(eta)}`,
  ];
}

/** One log line: everything the bar shows, plus the added/skipped/failed split. */
export function formatProgressLine(progress: IngestProgress): string {
  const { articles, added, skipped, failed, filesDone, filesTotal } = progress;
  const files = filesTotal === null ? `${filesDone} files` : `${filesDone}/${filesTotal} files`;
  return `ingest: ${count.format(articles)} articles (${added} added, ${skipped} skipped, ${failed} failed), ${files}, ${stats(progress).join(', ')}`;
}

/** The terminal bar, cut to the terminal width so it never wraps (a wrapped line cannot be redrawn). */
export function formatBar(progress: IngestProgress, columns: number): string {
  const { articles, filesDone, filesTotal } = progress;
  const share = filesTotal ? Math.min(1, filesDone / filesTotal) : 0;
  const text = [`${count.format(articles)} articles`, ...stats(progress)].join(' · ');
  const percent = filesTotal ? `${String(Math.floor(share * 100)).padStart(3)}% ` : '';
  // Sized from the terminal only, not from the text beside it, so the bar does not jitter as
  // the numbers grow; the line is cut to the width below instead.
  const barWidth = Math.max(0, Math.min(30, columns - 72));
  const filled = Math.round(share * barWidth);
  const bar = barWidth >= 5 ? `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ` : '';
  return `${bar}${percent}${text}`.slice(0, Math.max(0, columns - 1));
}
