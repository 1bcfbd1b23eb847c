// The evaluation report as a table for people; the JSON form is the EvalReport itself.
import type { EvalReport } from './run.js';
import type { PRF, SubsetScores } from './metrics.js';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const triple = (s: PRF): string => `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;

export function formatReport(report: EvalReport): string {
  const lines = [`split: ${report.split}   documents: ${report.documents}`, ''];
  for (const [name, subset] of [['all attributions', report.all], ['direct (gold content has a quotation mark)', report.direct]] as [string, SubsetScores][]) {
    const q = subset.quotes;
    lines.push(`${name}: gold ${q.gold}, predicted ${q.predicted}, aligned ${q.alignedGold}`);
    lines.push(`  ${''.padEnd(9)}  ${'exact'.padEnd(17)}  overlap`);
    lines.push(`  ${''.padEnd(9)}  ${'    P     R    F1'}  ${'    P     R    F1'}`);
    for (const field of ['content', 'source', 'cue'] as const) {
      lines.push(`  ${field.padEnd(9)}  ${triple(subset[field].exact)}  ${triple(subset[field].overlap)}`);
    }
    lines.push(`  ${'detection'.padEnd(9)}  ${triple(subset.detection)}   (any content overlap)`);
    lines.push(`  speaker accuracy on aligned quotes: ${pct(subset.speakerAccuracy).trim()}%`, '');
  }
  return lines.join('\n');
}
