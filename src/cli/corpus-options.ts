// Options shared by the corpus query commands (search, quote, speaker, stats, export): parsing,
// the required --db, and opening the corpus with errors turned into one usage line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './errors.js';
import { openStore, CorpusOpenError } from '../corpus/open.js';
import type { Store } from '../corpus/store.js';
import type { CueType } from '../types.js';
import { CueTypeError, parseCueTypes } from '../corpus/cue-types.js';

export type ParsedCorpusArgs = { values: Record<string, string | undefined>; positionals: string[] };

export function parseCorpusArgs(command: string, args: string[], extra: Record<string, { type: 'string' }> = {}): ParsedCorpusArgs {
  const config: ParseArgsConfig = {
    args,
    options: { db: { type: 'string' }, format: { type: 'string' }, 'cue-type': { type: 'string' }, ...extra },
    allowPositionals: true,
    strict: true,
  };
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}`);
  }
  const values = parsed.values as Record<string, string | undefined>;
  if (!values.db) throw new UsageError(`--db FILE is required (the corpus built by quotetrace ingest), e.g. quotetrace ${command} --db corpus.db`);
  return { values, positionals: parsed.positionals };
}

/** `--cue-type speech,writing` (every query command takes it); undefined when not given. */
export function cueTypesOption(value: string | undefined): CueType[] | undefined {
  if (value === undefined) return undefined;
  try {
    return parseCueTypes(value);
  } catch (err) {
    if (err instanceof CueTypeError) throw new UsageError(`--cue-type: ${err.message}`);
    throw err;
  }
}

export function textOrJson(format: string | undefined): 'text' | 'json' {
  const f = format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
  return f;
}

/** Opens the corpus named by --db; with `create`, a missing SQLite file (and its folder) is made.
 *  A file that is not a quotetrace corpus becomes one usage line naming it. */
export async function openCorpus(db: string, { create = false }: { create?: boolean } = {}): Promise<Store> {
  try {
    if (create && !/^postgres(ql)?:\/\//i.test(db)) mkdirSync(dirname(db), { recursive: true });
    return await openStore(db, { create });
  } catch (err) {
    if (err instanceof CorpusOpenError) throw new UsageError(err.message);
    throw err;
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** A quotation on one line for text output, shortened to a readable width. */
export function oneLine(text: string, width = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

/** Published date as YYYY-MM-DD or a dash. */
export function day(published: string | null | undefined): string {
  return published ? published.slice(0, 10) : '—';
}
