// An Extraction as a listing for people: the article's metadata, then each quotation with who said
// it, the cue and its type, the words, the outlets it was relayed through, and the dates it mentions.
import type { Extraction, Quote, Span } from '../types.js';

const WRAP = 96;

function wrap(text: string, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > WRAP - indent.length) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

/** Where the quote sits in the text: from its first to its last span. */
function extent(q: Quote): [number, number] {
  const spans = [...q.content, q.cue, q.source].filter((s): s is Span => s !== null);
  return [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))];
}

export function formatListing(extraction: Extraction, file?: string): string {
  const { meta, quotes, entities, dates } = extraction;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const out: string[] = [];
  const heading = [file ?? extraction.file, meta.title ? `“${meta.title}”` : undefined].filter(Boolean).join(' — ');
  out.push(`== ${heading || 'article'}`);
  const facts = [meta.outlet && `outlet: ${meta.outlet}`, meta.published && `published: ${meta.published}`].filter(Boolean);
  if (facts.length) out.push(`   ${facts.join(' · ')}`);
  out.push(`   ${quotes.length} ${quotes.length === 1 ? 'quotation' : 'quotations'}`);
  for (const [n, q] of quotes.entries()) {
    const speaker = (q.speaker && names.get(q.speaker)) ?? q.source?.text ?? 'unknown speaker';
    const cue = q.cue ? ` (${q.cue.text})` : '';
    out.push('', `  ${n + 1}. ${speaker}${cue} — ${q.kind}, ${q.cueType}, confidence ${q.confidence.toFixed(2)}`);
    out.push(wrap(q.content.map((c) => c.text).join(' … '), '     '));
    if (q.via.length) out.push(`     via ${q.via.map((id) => names.get(id) ?? id).join(' → ')}`);
    const [from, to] = extent(q);
    const inside = dates.filter((d) => d.start >= from && d.end <= to);
    if (inside.length) out.push(`     dates: ${inside.map((d) => `${d.text} = ${d.value}`).join('; ')}`);
  }
  if (dates.length) {
    out.push('', `  dates in the article:`);
    out.push(wrap(dates.map((d) => `${d.text} = ${d.value}`).join('; '), '     '));
  }
  return out.join('\n') + '\n';
}
