// `npm run train`: trains the attribution tagger on PolNeAR train, writes the shipped model and
// scores it on dev the way extract() runs it (open sentences, plausibility filter, combined with the
// rules). Tuning decisions are made with --folds (cross-validation on train), so dev stays a check.
// Deterministic: the documents are read in metadata order and shuffled by a seeded generator, so
// two runs with the same options write the same file.
//
//   node dist/eval/train.js [--data DIR] [--epochs N] [--min-count N] [--prune UNITS] [--seed N] [--limit N] [--out FILE]
//                           [--drop TEMPLATE,TEMPLATE…]   (train without those feature templates;
//                           default: shippedWithout, `--drop none` keeps every template)
//                           [--scope all|open]   (train on every sentence, or only those extract() tags)
//   node dist/eval/train.js --folds K   (K-fold cross-validation on train, writes nothing)
//   node dist/eval/train.js --evaluate FILE   (scores a written model on dev, combined with the rules)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument, type Document } from '../core/document.js';
import { assembleQuotes, type QuoteDraft } from '../core/quotes.js';
import { combineDrafts, type CombinePolicy } from '../core/combine.js';
import { allTemplates, extractFeatures, historyHashes, historyTemplates, tagHashes, type FeatureSequence } from '../core/tagger/features.js';
import { Perceptron, type FeatureRows } from '../core/tagger/perceptron.js';
import { PackedModel } from '../core/tagger/packed-model.js';
import { pruneModel, type ModelFile } from '../core/tagger/model-file.js';
import { tagOpenSentences } from '../core/tagger/tag.js';
import { sentencesToTag } from '../core/tagger/select.js';
import { defaultPlausibility, isPlausible, type Plausibility } from '../core/tagger/plausible.js';
import { goldTags } from '../core/tagger/gold-tags.js';
import { labels } from '../core/tagger/labels.js';
import { getLocale } from '../locales/index.js';
import { listPolnear, readPolnear, type PolnearSplit } from './polnear.js';
import { defaultPolnearDir, packageRoot } from './paths.js';
import { evaluate } from './run.js';
import { hasQuotationMark, type Predicted, type SubsetScores } from './metrics.js';
import type { GoldDocument } from './gold.js';

export const MODEL_VERSION = 'en-polnear-v6';
/** Weight units per 1.0 in the written model (Int16). */
const SCALE = 10;
/** Rows whose largest weight (relative to O) is under this many units are left out of the
 *  written model: a smaller table is fewer cache misses inside extract(). */
const PRUNE = 40;

/** Templates the shipped model leaves out: each costs a lookup per tagged token (lemma and shape
 *  also a string hash) for little gain. v6 drops nine more than v5 (x ww Lt Rp LR c-1 c+1 pn T1L):
 *  4-fold cross-validation on train scores the extract() pipeline the same (content overlap F1
 *  0.803 either way, rules alone 0.796) with 40% fewer features and a third fewer lookups. */
export const shippedWithout: readonly string[] = ['l', 's', 'x', 'w-2', 'w+2', 'p-2', 'p+2', 'ppp', 'pn', 'ww', 'Lt', 'Rp', 'LR', 'c-1', 'c+1', 'sf', 'sl', 'T2', 'T1q', 'T1L'];

type Options = {
  data: string; epochs: number; minCount: number; prune: number; seed: number; limit: number; out: string; evaluate: string | null; templates: string[];
  /** Cross-validation on train instead of writing a model: train on all folds but one, score the
   *  extract() pipeline on the held-out one, sum over folds (0: off). */
  folds: number;
  /** Which sentences training reads: every one, or only those extract() would tag (select.ts). */
  scope: 'all' | 'open';
};

/** A document ready for training or scoring: gold, segmentation, the rules' drafts, features and gold tags. */
type Example = { gold: GoldDocument; doc: Document; rules: QuoteDraft[]; sequence: FeatureSequence; tags: number[] };
/** An example with its features as weight-row ids of one perceptron. */
type Prepared = Example & { rows: FeatureRows };

const locale = getLocale('en');

/** mulberry32: a small seeded generator, enough for shuffling. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function read(options: Options, split: PolnearSplit, templates: readonly string[]): Example[] {
  const entries = listPolnear(options.data, split).slice(0, options.limit > 0 ? options.limit : undefined);
  return entries.map((entry) => {
    const gold = readPolnear(entry);
    const doc = readDocument(gold.text);
    const rules = assembleQuotes(doc, locale);
    const sentences = options.scope === 'open' ? sentencesToTag(doc, locale, rules) : undefined;
    const sequence = extractFeatures(doc, locale, { templates, sentences });
    return { gold, doc, rules, sequence, tags: goldTags(doc, sequence.tokens, gold.attributions) };
  });
}

/** Features seen at least `minCount` times in training (static ones, and history ones along the
 *  gold path), in first-seen order so the model file is stable. */
function frequentFeatures(docs: Example[], minCount: number, templates: readonly string[]): number[] {
  const counts = new Map<number, number>();
  const add = (f: number) => counts.set(f, (counts.get(f) ?? 0) + 1);
  const tagHash = tagHashes(labels);
  const history = new Uint32Array(historyTemplates.length);
  const historyOn = historyTemplates.map((t) => templates.includes(t));
  for (const { sequence, tags } of docs) {
    for (const f of sequence.hashes) add(f);
    for (let k = 0; k < sequence.tokens.length; k++) {
      historyHashes(tagHash[tags[k - 1] ?? 0]!, tagHash[tags[k - 2] ?? 0]!, sequence.context, k, history);
      history.forEach((f, i) => { if (historyOn[i]) add(f); });
    }
  }
  return [...counts].filter(([, c]) => c >= minCount).map(([f]) => f);
}

function decode(perceptron: Perceptron, d: Prepared, gold?: number[]) {
  return perceptron.decode(d.rows, d.sequence.context, d.sequence.restarts, gold);
}

function predicted(drafts: QuoteDraft[]): Predicted[] {
  return drafts.map((q) => ({
    content: q.content,
    source: q.source ? [q.source] : [],
    cue: q.cue ? [q.cue] : [],
    direct: q.kind !== 'indirect' || hasQuotationMark(q.content),
    speakerMentions: [],
  }));
}

function summary(s: SubsetScores): string {
  const f = (x: number) => x.toFixed(3);
  const c = s.content.overlap;
  return `content overlap P ${f(c.p)} R ${f(c.r)} F1 ${f(c.f1)} · detection R ${f(s.detection.r)} · source exact F1 ${f(s.source.exact.f1)} · cue exact F1 ${f(s.cue.exact.f1)}`;
}

/** The median margin of positions tagged as content; a draft whose mean content margin equals it
 *  gets confidence 0.5 (`marginHalf`). */
function medianContentMargin(perceptron: Perceptron, docs: Prepared[]): number {
  const found: number[] = [];
  for (const d of docs) {
    const { tags, margins } = decode(perceptron, d);
    for (let k = 0; k < tags.length; k++) if (labels[tags[k]!]!.endsWith('CONTENT')) found.push(margins[k]!);
  }
  found.sort((a, b) => a - b);
  return found.length > 0 ? found[found.length >> 1]! : 1;
}

export const policies: Record<string, CombinePolicy> = {
  'add': { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: false },
  'add with cue': { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: true },
  'cue, replace ≥0.7': { minConfidence: 0, replaceIndirectAbove: 0.7, requireCue: true },
};

/** Filters of tagged drafts (plausible.ts) tried with the default combine policy; `shipped` is
 *  what extract() uses. */
export const plausibilities: Record<string, Plausibility> = {
  'plausible ≥0.2': { ...defaultPlausibility, minConfidence: 0.2 },
  'plausible shipped': defaultPlausibility,
  'plausible ≥0.4': { ...defaultPlausibility, minConfidence: 0.4 },
  'plausible 8 words': { ...defaultPlausibility, minContentWords: 8 },
  'plausible any spans': { ...defaultPlausibility, maxContentSpans: Infinity },
};

/** Named ways of combining one document's rule drafts with the tagger's (open sentences only, as
 *  inside extract()). */
function combinations(): Array<[string, (doc: Document, rules: QuoteDraft[], tagged: QuoteDraft[]) => QuoteDraft[]]> {
  return [
    ['rules alone', (_doc, rules) => rules],
    ...Object.entries(policies).map(([name, policy]): [string, (doc: Document, rules: QuoteDraft[], tagged: QuoteDraft[]) => QuoteDraft[]] => [name, (_doc, rules, tagged) => combineDrafts(rules, tagged, policy)]),
    ...Object.entries(plausibilities).map(([name, rule]): [string, (doc: Document, rules: QuoteDraft[], tagged: QuoteDraft[]) => QuoteDraft[]] => [name, (doc, rules, tagged) => combineDrafts(rules, tagged.filter((d) => isPlausible(doc, d, locale.words, rule)))]),
  ];
}

/** Per combination, the predictions for each scored document (added to across folds). */
type Predictions = Map<string, Map<GoldDocument, Predicted[]>>;

function predictWith(model: PackedModel, marginHalf: number, docs: Example[], into: Predictions): void {
  const named = combinations();
  for (const d of docs) {
    const tagged = tagOpenSentences(model, marginHalf, d.doc, locale, d.rules);
    for (const [name, combine] of named) {
      let byDoc = into.get(name);
      if (!byDoc) { byDoc = new Map(); into.set(name, byDoc); }
      byDoc.set(d.gold, predicted(combine(d.doc, d.rules, tagged)));
    }
  }
}

function report(split: string, predictions: Predictions): void {
  const rules = predictions.get('rules alone')!;
  const quotes = (byDoc: Map<GoldDocument, Predicted[]>) => [...byDoc.values()].reduce((sum, p) => sum + p.length, 0);
  for (const [name, byDoc] of predictions) {
    const scores = evaluate(byDoc.keys(), (g) => byDoc.get(g)!, split);
    const added = quotes(byDoc) - quotes(rules);
    console.log(`  ${split} ${name.padEnd(20)} ${summary(scores.all)} · direct P ${scores.direct.detection.p.toFixed(3)} R ${scores.direct.detection.r.toFixed(3)} · ${added >= 0 ? '+' : ''}${added} quotes`);
  }
}

type Trained = ModelFile & { marginHalf: number };

/** Trains on `docs` and returns the quantised, pruned model (the shipped form). */
function fit(options: Options, docs: Example[], log: boolean): Trained {
  const started = Date.now();
  const features = frequentFeatures(docs, options.minCount, options.templates);
  const perceptron = new Perceptron(features, options.templates);
  const prepared = docs.map((d): Prepared => ({ ...d, rows: perceptron.rowsOf(d.sequence) }));
  if (log) console.log(`training on ${docs.length} articles, ${features.length} features`);
  const next = random(options.seed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const d of shuffled(prepared, next)) decode(perceptron, d, d.tags);
    if (log) console.log(`epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
  const averagedWeights = perceptron.averaged();
  const averaged = Perceptron.sharing(perceptron, averagedWeights);
  // Calibrated on the training articles, so no held-out text chooses anything in the file.
  const marginHalf = Number(medianContentMargin(averaged, prepared).toFixed(3));
  const dropped = allTemplates.filter((t) => !options.templates.includes(t));
  const trainedOn = `PolNeAR train (${docs.length} articles), ${options.scope === 'open' ? 'open sentences' : 'every sentence'}, ${options.epochs} epochs, seed ${options.seed}, min count ${options.minCount}, pruned below ${options.prune}/${SCALE}${dropped.length ? `, without ${dropped.join(' ')}` : ''}`;
  const model = { ...pruneModel(averaged.toModel(averagedWeights, SCALE, MODEL_VERSION, trainedOn), options.prune), marginHalf };
  if (log) console.log(`quantised model: ${model.features} features, marginHalf ${marginHalf}`);
  return model;
}

/** K-fold cross-validation on train: what tuning decisions are made on, so dev stays unfitted. */
function crossValidate(options: Options): void {
  const started = Date.now();
  const docs = read(options, 'train', options.templates);
  console.log(`read ${docs.length} train articles (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  const predictions: Predictions = new Map();
  for (let fold = 0; fold < options.folds; fold++) {
    const heldOut = docs.filter((_, i) => i % options.folds === fold);
    const model = fit(options, docs.filter((_, i) => i % options.folds !== fold), false);
    predictWith(PackedModel.fromModel(model), model.marginHalf, heldOut, predictions);
    console.log(`fold ${fold + 1}/${options.folds}: ${model.features} features, marginHalf ${model.marginHalf} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  }
  report(`train ${options.folds}-fold`, predictions);
}

export function parseOptions(argv: string[]): Options {
  const options: Options = {
    data: defaultPolnearDir(), epochs: 6, minCount: 5, prune: PRUNE, seed: 2, limit: 0,
    out: resolve(packageRoot(), 'src', 'core', 'tagger', 'model', `${MODEL_VERSION}.json`), evaluate: null,
    templates: allTemplates.filter((t) => !shippedWithout.includes(t)), folds: 0, scope: 'all',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (value === undefined) throw new Error(`${flag}: missing value`);
    const number = Number(value);
    switch (flag) {
      case '--data': options.data = value; break;
      case '--out': options.out = value; break;
      case '--evaluate': options.evaluate = value; break;
      case '--scope':
        if (value !== 'all' && value !== 'open') throw new Error(`--scope: all or open, not "${value}"`);
        options.scope = value;
        break;
      case '--drop': {
        const dropped = value === 'none' ? [] : value.split(',');
        const unknown = dropped.filter((t) => !allTemplates.includes(t as never));
        if (unknown.length > 0) throw new Error(`--drop: unknown template ${unknown.join(', ')} (known: ${allTemplates.join(' ')})`);
        options.templates = allTemplates.filter((t) => !dropped.includes(t));
        break;
      }
      case '--epochs': case '--min-count': case '--prune': case '--seed': case '--limit': case '--folds':
        if (!Number.isInteger(number) || number < 0) throw new Error(`${flag}: expected a whole number, not "${value}"`);
        if (flag === '--epochs') options.epochs = number;
        else if (flag === '--min-count') options.minCount = number;
        else if (flag === '--prune') options.prune = number;
        else if (flag === '--seed') options.seed = number;
        else if (flag === '--folds') options.folds = number;
        else options.limit = number;
        break;
      default: throw new Error(`unknown option ${flag} (--data, --epochs, --min-count, --prune, --seed, --limit, --out, --drop, --scope, --folds, --evaluate)`);
    }
  }
  return options;
}

/** Trains on all of train and returns the shipped model file; logs its dev scores. */
export function train(options: Options, log = true): Trained {
  const started = Date.now();
  const docs = read(options, 'train', options.templates);
  if (log) console.log(`read ${docs.length} train articles (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  const model = fit(options, docs, log);
  if (log) scoreDev(options, model);
  return model;
}

function scoreDev(options: Options, model: Trained): void {
  const packed = PackedModel.fromModel(model);
  const predictions: Predictions = new Map();
  predictWith(packed, model.marginHalf, read({ ...options, scope: 'all' }, 'dev', packed.templates), predictions);
  report('dev', predictions);
}

function evaluateModel(options: Options): void {
  let model: Trained;
  try {
    model = JSON.parse(readFileSync(options.evaluate!, 'utf8'));
  } catch (error) {
    throw new Error(`${options.evaluate}: not a readable model file (${(error as Error).message})`);
  }
  scoreDev(options, model);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1]);

if (isMain) {
  try {
    const options = parseOptions(process.argv.slice(2));
    const started = Date.now();
    if (options.evaluate) {
      evaluateModel(options);
      process.exit();
    }
    if (options.folds > 0) {
      crossValidate(options);
      process.exit();
    }
    const model = train(options);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(model) + '\n');
    console.log(`wrote ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } catch (error) {
    console.error(`train: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
