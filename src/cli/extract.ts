// `quotetrace extract FILE... [--format json|jsonl|text|citron] [--published DATE]`
// Parsing and printing only: files are read by src/input, extracted by src/core/extract.
import { UsageError } from './errors.js';
import { parseCommandArgs } from './args.js';
import { extract } from '../core/extract.js';
import { readInputFile, normalisePublished, isInputError } from '../input/index.js';
import { formatListing } from './listing.js';
import type { Extraction } from '../types.js';

const usage = 'usage: quotetrace extract FILE... [--format json|jsonl|text|citron] [--published DATE]   (- reads stdin)';
const FORMATS = ['json', 'jsonl', 'text', 'citron'] as const;
type Format = (typeof FORMATS)[number];

/** Exit codes: 2 when some input could not be read, 1 when extraction itself failed on one. */
const BAD_INPUT = 2;
const FAILED = 1;

function write(chunk: string): void {
  process.stdout.write(chunk);
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, {
    format: { type: 'string', short: 'f', default: 'json' },
    published: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, usage);
  const { values, positionals: files } = parsed;
  if (values.help) { write(`${usage}\n`); return 0; }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}" (json, jsonl, text or citron)\n${usage}`);
  if (files.length === 0) throw new UsageError(`no input files\n${usage}`);
  let published: string | undefined;
  if (values.published !== undefined) {
    published = normalisePublished(values.published);
    if (!published) throw new UsageError(`--published: cannot read "${values.published}" as a date with a year`);
  }

  // A closed pipe (`| head`) ends the output, not the process with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); });

  // Loaded only when asked for: the Citron writer belongs to the evaluation code.
  const toCitron = format === 'citron' ? (await import('../eval/citron.js')).toCitron : null;

  let exitCode = 0;
  const collected: unknown[] = [];
  for (const file of files) {
    for (const item of await readInputFile(file)) {
      if (isInputError(item)) {
        process.stderr.write(`quotetrace extract: ${item.message}\n`);
        exitCode = Math.max(exitCode, BAD_INPUT);
        continue;
      }
      let extraction: Extraction;
      try {
        extraction = extract(item.text, {
          ...(published ?? item.published ? { published: published ?? item.published } : {}),
          ...(item.title ? { title: item.title } : {}),
          ...(item.outlet ? { outlet: item.outlet } : {}),
        });
      } catch (err) {
        process.stderr.write(`quotetrace extract: ${item.origin}: extraction failed (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})\n`);
        exitCode = Math.max(exitCode, FAILED);
        continue;
      }
      const withFile: Extraction = { file: item.origin, ...extraction };
      switch (format) {
        case 'jsonl': write(`${JSON.stringify(withFile)}\n`); break;
        case 'text': write(`${collected.length ? '\n' : ''}${formatListing(withFile)}`); collected.push(null); break;
        case 'json': collected.push(withFile); break;
        case 'citron': collected.push(toCitron!(extraction)); break;
      }
    }
  }
  if (format === 'json' || format === 'citron') {
    if (collected.length === 1 && files.length === 1) write(`${JSON.stringify(collected[0], null, 2)}\n`);
    else if (collected.length > 0 || exitCode === 0) write(`${JSON.stringify(collected, null, 2)}\n`);
  }
  return exitCode;
}
