// quotetrace stats --db FILE: counts of the corpus, quotes also by cue type.
import { parseCorpusArgs, textOrJson, openCorpus, printJson } from './corpus-options.js';
import { UsageError } from './errors.js';
import { CUE_TYPES } from '../types.js';

export async function run(args: string[]): Promise<number> {
  const { values } = parseCorpusArgs('stats', args);
  const format = textOrJson(values.format);
  if (values['cue-type'] !== undefined) throw new UsageError('stats counts every cue type already (see "by cue type"); --cue-type filters search, quote, speaker and export');
  const store = await openCorpus(values.db!);
  try {
    const stats = await store.stats();
    if (format === 'json') printJson(stats);
    else {
      process.stdout.write(`articles  ${stats.articles}\nquotes    ${stats.quotes}\nclusters  ${stats.clusters}\nspeakers  ${stats.speakers}\n`);
      process.stdout.write(`quotes by cue type:\n${CUE_TYPES.map((t) => `  ${t.padEnd(10)}${stats.cueTypes[t]}\n`).join('')}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
