// An article's text with every quotation highlighted. The text is cut at span offsets and each
// piece is escaped on its own, so nothing from the article can become markup. Overlapping spans
// (a direct quote inside an indirect one) are resolved per piece: the innermost quotation wins.
import { cueTypeLabel } from './cue-type-labels.js';
import type { Entity, Extraction, Quote, Span } from '../../types.js';
import { html, raw, type Html } from '../html.js';
import { links } from '../links.js';
import { speakerColourClass } from './palette.js';

export type HighlightOptions = {
  /** Which speaker names have a corpus page to link to (none for ad-hoc extractions). */
  hasPage: (name: string) => boolean;
};

type Mark = { quote: number; span: number; start: number; end: number; role: 'content' | 'cue' | 'source' };

function validSpan(span: Span | null, length: number): span is Span {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= length && span.start < span.end;
}

export function speakerName(quote: Quote, entities: Map<string, Entity>): string | null {
  return quote.speaker ? (entities.get(quote.speaker)?.name ?? null) : null;
}

function marksOf(extraction: Extraction): Mark[] {
  const length = extraction.text.length;
  const marks: Mark[] = [];
  extraction.quotes.forEach((quote, q) => {
    quote.content.forEach((span, s) => {
      if (validSpan(span, length)) marks.push({ quote: q, span: s, start: span.start, end: span.end, role: 'content' });
    });
    if (validSpan(quote.cue, length)) marks.push({ quote: q, span: -1, start: quote.cue.start, end: quote.cue.end, role: 'cue' });
    if (validSpan(quote.source, length)) marks.push({ quote: q, span: -2, start: quote.source.start, end: quote.source.end, role: 'source' });
  });
  return marks;
}

/** The pieces of text[from, to) between consecutive span boundaries, with the marks covering each. */
function pieces(text: string, marks: Mark[], from: number, to: number): Array<{ start: number; end: number; covering: Mark[] }> {
  const boundaries = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) boundaries.add(m.start);
    if (m.end > from && m.end < to) boundaries.add(m.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const opening = [...marks].sort((a, b) => a.start - b.start);
  const active = new Set<Mark>();
  const out: Array<{ start: number; end: number; covering: Mark[] }> = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    for (const m of active) if (m.end <= start) active.delete(m);
    while (next < opening.length && opening[next]!.start <= start) active.add(opening[next++]!);
    out.push({ start, end, covering: [...active].filter((m) => m.end > start) });
  }
  return out;
}

function innermost(marks: Mark[], role: Mark['role']): Mark | undefined {
  let best: Mark | undefined;
  for (const m of marks) if (m.role === role && (!best || m.end - m.start < best.end - best.start)) best = m;
  return best;
}

function tip(quote: Quote, entities: Map<string, Entity>, id: string, options: HighlightOptions): Html {
  const name = speakerName(quote, entities);
  const speaker = name
    ? options.hasPage(name) ? html`<a href="${links.speaker(name)}">${name}</a>` : html`<strong>${name}</strong>`
    : html`<em>unattributed</em>`;
  const mention = quote.source && quote.source.text !== name ? html` <span class="as-written">(as “${quote.source.text}”)</span>` : '';
  const via = quote.via.map((v) => entities.get(v)?.name ?? v);
  return html`<span class="tip" role="tooltip" id="${id}"><span class="tip-line">${speaker}${mention}</span>${
    quote.cue ? html`<span class="tip-line">cue: <q>${quote.cue.text}</q></span>` : ''
  }${via.length ? html`<span class="tip-line">via ${via.join(' → ')}</span>` : ''}<span class="tip-line">${cueTypeLabel(quote.cueType, quote.kind)}</span></span>`;
}

/** A part of the article text, as UTF-16 offsets into it: `[start, end)`. */
export type TextRange = { start: number; end: number };

/** The article text as HTML with one <mark> per quotation piece; `idPrefix` keeps tooltip ids unique on the page. */
export function highlightArticle(extraction: Extraction, options: HighlightOptions, idPrefix = 'tip'): Html {
  return highlightRanges(extraction, options, [{ start: 0, end: extraction.text.length }], idPrefix)[0]!;
}

/**
 * Parts of the article text (the headline, the body…) highlighted as highlightArticle does, one Html
 * per range, in the order given. Spans keep their offsets into the whole text; a quotation gets its
 * tooltip and tab stop once, in the first range that shows it.
 */
export function highlightRanges(extraction: Extraction, options: HighlightOptions, ranges: TextRange[], idPrefix = 'tip'): Html[] {
  const text = extraction.text;
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  const colours = extraction.quotes.map((q) => speakerColourClass(speakerName(q, entities)));
  const marks = marksOf(extraction);
  const tipped = new Set<number>();
  return ranges.map(({ start: from, end: to }) => {
    let out = '';
    let openKey: string | null = null;
    for (const piece of pieces(text, marks, Math.max(0, from), Math.min(text.length, to))) {
      const content = innermost(piece.covering, 'content');
      const key = content ? `${content.quote}#${content.span}` : null;
      if (key !== openKey) {
        if (openKey !== null) out += '</mark>';
        if (content) {
          const quote = extraction.quotes[content.quote]!;
          const tipId = `${idPrefix}-${content.quote + 1}`;
          const first = !tipped.has(content.quote);
          out += html`<mark class="q ${colours[content.quote]!}" data-quote="${quote.id}" aria-describedby="${tipId}"${first ? raw(' tabindex="0"') : ''}>`.value;
          if (first) {
            tipped.add(content.quote);
            out += tip(quote, entities, tipId, options).value;
          }
        }
        openKey = key;
      }
      const role = innermost(piece.covering, 'cue') ? 'cue' : innermost(piece.covering, 'source') ? 'source' : null;
      const slice = text.slice(piece.start, piece.end);
      out += role ? html`<span class="${role}">${slice}</span>`.value : html`${slice}`.value;
    }
    if (openKey !== null) out += '</mark>';
    return raw(out);
  });
}
