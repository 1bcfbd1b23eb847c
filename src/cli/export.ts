// quotetrace export --db FILE --format jsonl|csv [--cue-type TYPES]: every quotation (or those of
// the cue types given) with its article metadata and cue type,
// streamed row by row (with back-pressure) so a corpus of any size exports in constant memory.
import { once } from 'node:events';
import { UsageError } from './errors.js';
import { parseCorpusArgs, openCorpus, cueTypesOption } from './corpus-options.js';
import { csvHeader, csvRow } from '../corpus/export-csv.js';

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, 'drain');
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseCorpusArgs('export', args);
  const format = values.format ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'csv') throw new UsageError(`--format must be jsonl or csv, not "${format}"`);
  const cueTypes = cueTypesOption(values['cue-type']);
  const store = await openCorpus(values.db!);
  try {
    if (format === 'csv') await write(csvHeader());
    for await (const row of store.exportRows({ cueTypes })) await write(format === 'csv' ? csvRow(row) : JSON.stringify(row) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}
