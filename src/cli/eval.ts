// `quotetrace eval polnear|citron`: scores the extractor against gold data and prints the report.
import { writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { extract } from '../core/extract.js';
import { evaluate, predictionsOf, predictionsOfCitron, type ErrorRecord } from '../eval/run.js';
import { formatReport } from '../eval/report.js';
import { listPolnear, polnearSplits, readPolnear, type PolnearSplit } from '../eval/polnear.js';
import { listCitronFiles, readCitronFile, readCitronJson } from '../eval/citrondir.js';
import { defaultPolnearDir } from '../eval/paths.js';
import type { GoldDocument } from '../eval/gold.js';

const usage = `usage: quotetrace eval polnear [--data DIR] [--split train|dev|test] [--format text|json] [--limit N] [--errors FILE]
       quotetrace eval citron --gold DIR [--predicted DIR] [--format text|json] [--limit N] [--errors FILE]`;

export async function run(args: string[]): Promise<number> {
  const [dataset, ...rest] = args;
  if (!dataset || dataset === '--help' || dataset === '-h') {
    process.stdout.write(usage + '\n');
    return dataset ? 0 : 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' },
        split: { type: 'string', default: 'dev' },
        gold: { type: 'string' },
        predicted: { type: 'string' },
        format: { type: 'string', default: 'text' },
        limit: { type: 'string' },
        errors: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]}\n${usage}`);
  }
  const opts = parsed.values;
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format must be text or json, not "${opts.format}"`);
  let limit = Infinity;
  if (opts.limit !== undefined) {
    if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1) throw new UsageError(`--limit must be a positive integer, not "${opts.limit}"`);
    limit = Number(opts.limit);
  }

  let docs: Iterable<GoldDocument>;
  let split: string;
  let predict = (doc: GoldDocument) => {
    try {
      return predictionsOf(extract(doc.text));
    } catch (err) {
      throw new Error(`${doc.id}: the extractor failed: ${(err as Error).message.split('\n')[0]}`);
    }
  };
  if (dataset === 'polnear') {
    if (!polnearSplits.includes(opts.split as PolnearSplit)) throw new UsageError(`--split must be train, dev or test, not "${opts.split}"`);
    const dir = opts.data ?? defaultPolnearDir();
    if (!existsSync(dir)) throw new UsageError(`${dir}: PolNeAR data directory not found (pass --data DIR, the corpus's data/ folder)`);
    let entries;
    try {
      entries = listPolnear(dir, opts.split as PolnearSplit);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    if (entries.length === 0) throw new UsageError(`${dir}: no ${opts.split} articles found`);
    split = opts.split!;
    docs = (function* () {
      for (const e of entries.slice(0, limit)) yield readPolnear(e);
    })();
  } else if (dataset === 'citron') {
    if (!opts.gold) throw new UsageError(`eval citron needs --gold DIR\n${usage}`);
    const gold = opts.gold;
    let files;
    try {
      files = listCitronFiles(gold);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    if (files.length === 0) throw new UsageError(`${gold}: no .json files`);
    split = gold;
    const chosen = files.slice(0, limit);
    docs = (function* () {
      for (const f of chosen) yield readCitronFile(gold, f);
    })();
    if (opts.predicted) {
      const predictedDir = opts.predicted;
      predict = (doc) => {
        const path = join(predictedDir, doc.id);
        if (!existsSync(path)) throw new Error(`${path}: no predicted file for this gold file`);
        return predictionsOfCitron(readCitronJson(path), doc.text, path);
      };
    }
  } else {
    throw new UsageError(`unknown dataset "${dataset}" (polnear or citron)\n${usage}`);
  }

  let onErrors: ((records: ErrorRecord[]) => void) | undefined;
  if (opts.errors) {
    const errorsPath = opts.errors;
    try {
      writeFileSync(errorsPath, '');
    } catch (err) {
      throw new UsageError(`${errorsPath}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    onErrors = (records) => {
      if (records.length > 0) appendFileSync(errorsPath, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    };
  }

  const report = evaluate(docs, predict, split, onErrors);
  process.stdout.write(opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatReport(report) + '\n');
  return 0;
}
