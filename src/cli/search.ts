// quotetrace search QUERY --db FILE [--speaker NAME] [--outlet NAME] [--from DATE] [--to DATE]
//   [--cue-type speech,writing,belief,intention,stance]
import { UsageError } from './errors.js';
import { parseCorpusArgs, textOrJson, openCorpus, printJson, oneLine, day, cueTypesOption } from './corpus-options.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCorpusArgs('search', args, {
    speaker: { type: 'string' }, outlet: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' },
  });
  const format = textOrJson(values.format);
  for (const option of ['from', 'to'] as const) {
    if (values[option] && !ISO_DATE.test(values[option]!)) throw new UsageError(`--${option} needs a date as YYYY-MM-DD, not "${values[option]}"`);
  }
  const limit = values.limit ? Number(values.limit) : 20;
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, not "${values.limit}"`);
  const cueTypes = cueTypesOption(values['cue-type']);
  const q = positionals.join(' ');
  if (!q.trim() && !values.speaker && !values.outlet && !values.from && !values.to && !cueTypes) {
    throw new UsageError('give words to search for, or a filter (--speaker, --outlet, --from, --to, --cue-type)');
  }
  const store = await openCorpus(values.db!);
  try {
    const results = await store.search({ q, speaker: values.speaker, outlet: values.outlet, from: values.from, to: values.to, cueTypes, limit });
    if (format === 'json') printJson(results);
    else if (!results.length) process.stdout.write('no quotations found\n');
    else {
      for (const r of results) {
        const conflict = r.conflictingSpeakers.length ? `  also credited to: ${r.conflictingSpeakers.join(', ')}` : '';
        process.stdout.write(`${r.id}  “${oneLine(r.text)}”\n`);
        process.stdout.write(`    ${r.speaker ?? 'unattributed'} · first ${day(r.firstSeen.published)} ${r.firstSeen.outlet ?? ''} · ${r.appearances} appearance(s), ${r.variants} wording(s), ${r.outlets.length} outlet(s)${conflict}\n`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
