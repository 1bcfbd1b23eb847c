// The command line of the two logistic-regression trainers (the fragment check and the learned
// cue check): both read PolNeAR, cross-validate on train and write one weights file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldDocument } from './gold.js';
import type { LogisticOptions } from './logistic.js';
import { listPolnear, readPolnear, type PolnearSplit } from './polnear.js';

export type LogisticTrainingOptions = {
  /** The PolNeAR data folder. */
  data: string;
  /** Cross-validation folds over train (at least 2). */
  folds: number;
  /** Read only the first N documents of each split (0: all). */
  limit: number;
  /** Where the weights file is written. */
  out: string;
  /** Report scores without writing the weights file. */
  dry: boolean;
  logistic: LogisticOptions;
};

/** Parses `--data --folds --limit --out --min-count --l2 --dry` over the trainer's defaults;
 *  a bad value throws one line naming the flag. */
export function parseLogisticTrainingOptions(argv: string[], defaults: LogisticTrainingOptions): LogisticTrainingOptions {
  const options: LogisticTrainingOptions = { ...defaults, logistic: { ...defaults.logistic } };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--dry') { options.dry = true; continue; }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag}: missing value`);
    const number = Number(value);
    switch (flag) {
      case '--data': options.data = value; break;
      case '--out': options.out = value; break;
      case '--folds': case '--limit': case '--min-count':
        if (!Number.isInteger(number) || number < 0) throw new Error(`${flag}: expected a whole number, not "${value}"`);
        if (flag === '--folds') options.folds = number;
        else if (flag === '--limit') options.limit = number;
        else options.logistic.minCount = number;
        break;
      case '--l2':
        if (!(number >= 0)) throw new Error(`--l2: expected a number ≥ 0, not "${value}"`);
        options.logistic.l2 = number;
        break;
      default: throw new Error(`unknown option ${flag} (--data, --folds, --limit, --out, --min-count, --l2, --dry)`);
    }
  }
  if (options.folds < 2) throw new Error('--folds: at least 2');
  return options;
}

/** One split's documents, cut to `--limit`. */
export function readTrainingSplit(options: LogisticTrainingOptions, split: PolnearSplit): GoldDocument[] {
  return listPolnear(options.data, split).slice(0, options.limit > 0 ? options.limit : undefined).map(readPolnear);
}

/** Runs a trainer when its module is the script node was started with: parses the flags, trains,
 *  and writes the model unless `--dry`. Bad flags or data give one line naming the script and exit
 *  code 1, never a stack trace. */
export function runLogisticTrainer<Model>(
  script: string, moduleUrl: string,
  parse: (argv: string[]) => LogisticTrainingOptions, train: (options: LogisticTrainingOptions) => Model,
): void {
  if (process.argv[1] === undefined || fileURLToPath(moduleUrl) !== resolve(process.argv[1])) return;
  try {
    const options = parse(process.argv.slice(2));
    const model = train(options);
    if (!options.dry) {
      mkdirSync(dirname(options.out), { recursive: true });
      writeFileSync(options.out, JSON.stringify(model, null, 0) + '\n');
      console.log(`wrote ${options.out}`);
    }
  } catch (error) {
    console.error(`${script}: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
