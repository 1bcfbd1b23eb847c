// quotetrace speaker NAME --db FILE [--cue-type TYPES]: one corpus person, their aliases and
// quotations by date (with --cue-type, those where their own quotes are of those types).
import { UsageError } from './errors.js';
import { parseCorpusArgs, textOrJson, openCorpus, printJson, oneLine, day, cueTypesOption } from './corpus-options.js';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCorpusArgs('speaker', args);
  const format = textOrJson(values.format);
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('give a speaker name or id, e.g. quotetrace speaker "Angela Merkel" --db corpus.db');
  const cueTypes = cueTypesOption(values['cue-type']);
  const store = await openCorpus(values.db!);
  try {
    const person = await store.getSpeaker(name, { cueTypes });
    if (!person) throw new UsageError(`no speaker "${name}" in ${values.db}`);
    if (format === 'json') printJson(person);
    else {
      const out = process.stdout;
      out.write(`${person.id}  ${person.name}\n`);
      if (person.aliases.length) out.write(`aliases: ${person.aliases.join(', ')}\n`);
      for (const d of person.descriptions) out.write(`  - ${d}\n`);
      out.write(`quotations (${person.clusters.length}):\n`);
      for (const c of person.clusters) out.write(`  ${day(c.firstSeen.published)} ${c.id} ×${c.appearances}  “${oneLine(c.text)}”\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
