// quotetrace quote ID --db FILE [--cue-type TYPES]: the provenance of one quotation cluster; with
// --cue-type, only the appearances of those cue types.
import { UsageError } from './errors.js';
import { parseCorpusArgs, textOrJson, openCorpus, printJson, day, cueTypesOption } from './corpus-options.js';
import type { DiffPart } from '../corpus/store.js';

function renderDiff(diff: DiffPart[]): string {
  return diff.map((p) => (p.op === 'equal' ? p.text : p.op === 'insert' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCorpusArgs('quote', args);
  const format = textOrJson(values.format);
  const id = positionals[0];
  if (!id || positionals.length > 1) throw new UsageError('give one cluster id, e.g. quotetrace quote c12 --db corpus.db');
  const cueTypes = cueTypesOption(values['cue-type']);
  const store = await openCorpus(values.db!);
  try {
    const cluster = await store.getCluster(id);
    if (!cluster) throw new UsageError(`no quotation cluster "${id}" in ${values.db}`);
    const detail = cueTypes ? { ...cluster, appearances: cluster.appearances.filter((a) => cueTypes.includes(a.cueType)) } : cluster;
    if (format === 'json') printJson(detail);
    else {
      const out = process.stdout;
      out.write(`${detail.id}  “${detail.text}”\n`);
      out.write(`speaker: ${detail.speaker ?? 'unattributed'}${detail.speakers.length > 1 ? ` (also: ${detail.speakers.slice(1).map((s) => `${s.name} ×${s.count}`).join(', ')})` : ''}\n`);
      out.write(`first seen: ${day(detail.firstSeen.published)} ${detail.firstSeen.outlet ?? ''} ${detail.firstSeen.title ? `“${detail.firstSeen.title}”` : ''} [${detail.firstSeen.article}]\n`);
      out.write(`appearances (${detail.appearances.length}):\n`);
      for (const a of detail.appearances) {
        out.write(`  ${day(a.published)} ${a.outlet ?? '—'} [${a.article}] ${a.speaker ?? 'unattributed'} (${a.cueType})\n    ${renderDiff(a.diff)}\n`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
