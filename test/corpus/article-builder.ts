// Builds realistic Extraction objects for store tests without depending on the extractor's
// current recall: spans are found with indexOf in the article text, so they are real offsets.
import type { Entity, Extraction, Quote, QuoteKind, Span } from '../../src/types.js';

export function spanOf(text: string, fragment: string, from = 0): Span {
  const start = text.indexOf(fragment, from);
  if (start < 0) throw new Error(`fragment not in text: ${fragment}`);
  return { start, end: start + fragment.length, text: fragment };
}

export type PersonSpec = { name: string; aliases?: string[]; descriptions?: string[]; kind?: Entity['kind'] };
export type QuoteSpec = { content: string | string[]; by?: string; cue?: string; kind?: QuoteKind };

export function buildExtraction(
  text: string,
  spec: { people: PersonSpec[]; quotes: QuoteSpec[]; published?: string; outlet?: string; title?: string; repeats?: string[][] },
): Extraction {
  const entities: Entity[] = spec.people.map((p, i) => ({
    id: `e${i + 1}`,
    kind: p.kind ?? 'person',
    name: p.name,
    aliases: p.aliases ?? [],
    descriptions: p.descriptions ?? [],
    mentions: [spanOf(text, p.name.split(' ').pop()!)],
  }));
  const quotes: Quote[] = spec.quotes.map((q, i) => {
    const contents = Array.isArray(q.content) ? q.content : [q.content];
    let from = 0;
    const content = contents.map((c) => {
      const s = spanOf(text, c, from);
      from = s.end;
      return s;
    });
    const speaker = q.by ? entities.find((e) => e.name === q.by) : undefined;
    if (q.by && !speaker) throw new Error(`no person ${q.by}`);
    return {
      id: `q${i + 1}`,
      kind: q.kind ?? 'direct',
      content,
      cue: q.cue ? spanOf(text, q.cue) : null,
      source: speaker ? speaker.mentions[0]! : null,
      speaker: speaker?.id ?? null,
      via: [],
      confidence: 0.9,
    };
  });
  const meta: Extraction['meta'] = { language: 'en' };
  if (spec.published) meta.published = spec.published;
  if (spec.outlet) meta.outlet = spec.outlet;
  if (spec.title) meta.title = spec.title;
  return { text, meta, quotes, entities, dates: [], repeats: spec.repeats ?? [] };
}
