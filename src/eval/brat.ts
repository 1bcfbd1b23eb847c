// brat standoff (https://brat.nlplab.org/standoff.html) as PolNeAR uses it for attribution
// relations: `T` lines are text-bound spans (possibly discontinuous, `;`-separated fragments) and
// `E` lines tie an Attribution event to its Source, Cue and Content spans. Offsets count Unicode
// code points (brat is Python); they are converted to UTF-16 Spans here.
import type { Span } from '../types.js';
import { offsetMap } from './codepoints.js';
import type { GoldAttribution, GoldDocument } from './gold.js';

/** A text-bound annotation before it is tied into an event. */
type TextBound = { id: string; type: string; fragments: Span[] };

const textBoundLine = /^(T\d+)\t([A-Za-z][\w-]*) (\d+ \d+(?:;\d+ \d+)*)\t?/;
const eventLine = /^(E\d+)\t(.*)$/;

/** The roles of an attribution event; `Content2`, `Cue2`… (a second argument of the same role)
 *  fold into their role. Everything else on an event (Discuss, Discard flags) is ignored. */
const roles = { Source: 'source', Cue: 'cue', Content: 'content' } as const;

/** Parses one `.ann` file against its text. Lines that are not T or E lines (notes, or the tail
 *  of a T line whose surface text ran across a newline) are skipped. Throws on a span outside the
 *  text, naming `id` and the annotation. */
export function parseBrat(ann: string, text: string, id: string): GoldDocument {
  const map = offsetMap(text);
  const textBounds = new Map<string, TextBound>();
  const events: { id: string; args: [string, string][] }[] = [];
  for (const line of ann.split('\n')) {
    const tb = textBoundLine.exec(line);
    if (tb) {
      const fragments = tb[3]!.split(';').map((pair) => {
        const [s, e] = pair.split(' ').map(Number) as [number, number];
        if (e < s || e > map.codePointLength) {
          throw new Error(`${id}: ${tb[1]} span ${s}-${e} lies outside the text (${map.codePointLength} characters)`);
        }
        const start = map.toUtf16(s);
        const end = map.toUtf16(e);
        return { start, end, text: text.slice(start, end) };
      });
      textBounds.set(tb[1]!, { id: tb[1]!, type: tb[2]!, fragments });
      continue;
    }
    const ev = eventLine.exec(line);
    if (ev) {
      const args = ev[2]!.trim().split(/\s+/).filter(Boolean).map((a) => {
        const colon = a.indexOf(':');
        return [a.slice(0, colon), a.slice(colon + 1)] as [string, string];
      });
      events.push({ id: ev[1]!, args });
    }
  }
  const attributions: GoldAttribution[] = [];
  for (const event of events) {
    const trigger = event.args[0];
    if (!trigger || !/^Attribution(-no-source)?$/.test(trigger[0])) continue;
    const attribution: GoldAttribution = { id: event.id, content: [], source: [], cue: [] };
    for (const [role, ref] of event.args.slice(1)) {
      const field = roles[role.replace(/\d+$/, '') as keyof typeof roles];
      const target = textBounds.get(ref);
      if (!field || !target) continue;
      attribution[field].push(...target.fragments);
    }
    for (const field of Object.values(roles)) attribution[field].sort((a, b) => a.start - b.start);
    attributions.push(attribution);
  }
  return { id, text, attributions };
}
