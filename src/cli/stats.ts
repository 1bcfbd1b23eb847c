// quotetrace stats --db FILE
import { parseCorpusArgs, textOrJson, openCorpus, printJson } from './corpus-options.js';

export async function run(args: string[]): Promise<number> {
  const { values } = parseCorpusArgs('stats', args);
  const format = textOrJson(values.format);
  const store = await openCorpus(values.db!);
  try {
    const stats = await store.stats();
    if (format === 'json') printJson(stats);
    else process.stdout.write(`articles  ${stats.articles}\nquotes    ${stats.quotes}\nclusters  ${stats.clusters}\nspeakers  ${stats.speakers}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
