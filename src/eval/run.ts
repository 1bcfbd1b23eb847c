// An evaluation run: gold documents in, predictions for each, one report out (plus, on request,
// the individual errors). Format readers (polnear.ts, citron.ts) and the extractor are plugged in
// by the caller, so the CLI, tests and training scripts share this loop.
import type { Extraction, Span } from '../types.js';
import type { GoldDocument } from './gold.js';
import { emptyCounts, hasQuotationMark, isDirectGold, scoreDocument, scoresOf, type Predicted, type ScoredField, type SubsetScores } from './metrics.js';
import { readCitron } from './citron.js';

export type EvalReport = {
  split: string;
  documents: number;
  all: SubsetScores;
  direct: SubsetScores;
  /** Same as `all.speakerAccuracy`, at the top level as the JSON contract has it. */
  speakerAccuracy: number;
};

type SpanTexts = { start: number; content: string[]; source: string[]; cue: string[] };

/** One line of `--errors`: what the extractor got wrong in one place, with the texts side by side. */
export type ErrorRecord = {
  doc: string;
  /** missed: gold attribution nothing was aligned to; spurious: prediction aligned to no gold;
   *  mismatch: aligned, but some field's exact spans differ (listed in `fields`). */
  error: 'missed' | 'spurious' | 'mismatch';
  direct: boolean;
  fields?: ScoredField[];
  speakerCorrect?: boolean | null;
  gold?: SpanTexts;
  predicted?: SpanTexts;
};

export function predictionsOf(extraction: Extraction): Predicted[] {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  return extraction.quotes.map((q) => ({
    content: q.content,
    source: q.source ? [q.source] : [],
    cue: q.cue ? [q.cue] : [],
    direct: q.kind !== 'indirect' || hasQuotationMark(q.content),
    speakerMentions: (q.speaker && entities.get(q.speaker)?.mentions) || [],
  }));
}

/** Predictions read from a Citron-format file (e.g. Citron's own output), checked against the
 *  gold text so offsets mean the same thing on both sides. Citron's coreferences stand in for the
 *  speaker entity's mentions. */
export function predictionsOfCitron(doc: unknown, goldText: string, id: string): Predicted[] {
  const read = readCitron(doc, id);
  if (read.text !== goldText) throw new Error(`${id}: the predicted file's text differs from the gold text`);
  return read.quotes.map((q) => ({
    content: q.contents,
    source: q.sources,
    cue: q.cue ? [q.cue] : [],
    direct: hasQuotationMark(q.contents),
    speakerMentions: q.coreferences,
  }));
}

export function evaluate(
  docs: Iterable<GoldDocument>,
  predict: (doc: GoldDocument) => Predicted[],
  split: string,
  onErrors?: (records: ErrorRecord[]) => void,
): EvalReport {
  const counts = emptyCounts();
  let documents = 0;
  for (const doc of docs) {
    const predicted = predict(doc);
    const alignment = scoreDocument(doc, predicted, counts);
    documents++;
    if (onErrors) onErrors(errorsOf(doc, predicted, alignment));
  }
  const all = scoresOf(counts.all);
  return { split, documents, all, direct: scoresOf(counts.direct), speakerAccuracy: all.speakerAccuracy };
}

function errorsOf(doc: GoldDocument, predicted: Predicted[], alignment: ReturnType<typeof scoreDocument>): ErrorRecord[] {
  const texts = (x: { content: Span[]; source: Span[]; cue: Span[] }): SpanTexts => ({
    start: x.content[0]?.start ?? -1,
    content: x.content.map((s) => s.text),
    source: x.source.map((s) => s.text),
    cue: x.cue.map((s) => s.text),
  });
  const records: ErrorRecord[] = [];
  const alignedGold = new Set(alignment.pairs.map(([g]) => g));
  const alignedPred = new Set(alignment.pairs.map(([, p]) => p));
  doc.attributions.forEach((a, g) => {
    if (!alignedGold.has(g)) records.push({ doc: doc.id, error: 'missed', direct: isDirectGold(a), gold: texts(a) });
  });
  predicted.forEach((p, i) => {
    if (!alignedPred.has(i)) records.push({ doc: doc.id, error: 'spurious', direct: p.direct, predicted: texts(p) });
  });
  alignment.pairs.forEach(([g, p], k) => {
    const fields = alignment.mismatched[k]!;
    const speakerCorrect = alignment.speakerCorrect[k]!;
    if (fields.length === 0 && speakerCorrect !== false) return;
    const a = doc.attributions[g]!;
    records.push({
      doc: doc.id, error: 'mismatch', direct: isDirectGold(a) || predicted[p]!.direct, fields, speakerCorrect,
      gold: texts(a), predicted: texts(predicted[p]!),
    });
  });
  return records.sort((x, y) => (x.gold ?? x.predicted)!.start - (y.gold ?? y.predicted)!.start);
}
