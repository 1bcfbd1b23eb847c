// `npm run train`: trains the attribution tagger on PolNeAR train, scores it on dev after every
// epoch (alone and combined with the rules), and writes the shipped model. Deterministic: the
// documents are read in metadata order and shuffled by a seeded generator, so two runs with the
// same options write the same file.
//
//   node dist/eval/train.js [--data DIR] [--epochs N] [--min-count N] [--prune UNITS] [--seed N] [--limit N] [--out FILE]
//                           [--drop TEMPLATE,TEMPLATE…]   (train without those feature templates;
//                           default: shippedWithout, `--drop none` keeps every template)
//   node dist/eval/train.js --evaluate FILE   (scores a written model on dev, alone and with the rules)
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
import { draftsFromTags } from '../core/tagger/decode.js';
import { defaultPlausibility, isPlausible, type Plausibility } from '../core/tagger/plausible.js';
import { goldTags } from '../core/tagger/gold-tags.js';
import { labels } from '../core/tagger/labels.js';
import { getLocale } from '../locales/index.js';
import { listPolnear, readPolnear, type PolnearSplit } from './polnear.js';
import { defaultPolnearDir, packageRoot } from './paths.js';
import { evaluate } from './run.js';
import { hasQuotationMark, type Predicted, type SubsetScores } from './metrics.js';
import type { GoldDocument } from './gold.js';

export const MODEL_VERSION = 'en-polnear-v5';
/** Weight units per 1.0 in the written model (Int16). */
const SCALE = 10;
/** Rows whose largest weight (relative to O) is under this many units are left out of the
 *  written model: a smaller table is fewer cache misses inside extract(). */
const PRUNE = 40;

/** Templates the shipped model leaves out: each costs a lookup per tagged token (lemma and shape
 *  also a string hash) for little gain; without them the tagger costs ~25% less CPU for
 *  dev combined content overlap F1 0.803 → 0.801 (v2 used all). */
export const shippedWithout: readonly string[] = ['l', 's', 'w-2', 'w+2', 'p-2', 'p+2', 'ppp', 'sf', 'sl', 'T2', 'T1q'];

type Options = { data: string; epochs: number; minCount: number; prune: number; seed: number; limit: number; out: string; evaluate: string | null; templates: string[] };

/** A document ready for training or scoring: gold, segmentation, features as weight-row ids. */
type Prepared = { gold: GoldDocument; doc: Document; sequence: FeatureSequence; tags: number[]; rows: FeatureRows };

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

function read(data: string, split: PolnearSplit, limit: number, templates: readonly string[]): Array<{ gold: GoldDocument; doc: Document; sequence: FeatureSequence; tags: number[] }> {
  const entries = listPolnear(data, split).slice(0, limit > 0 ? limit : undefined);
  return entries.map((entry) => {
    const gold = readPolnear(entry);
    const doc = readDocument(gold.text);
    const sequence = extractFeatures(doc, locale, { templates });
    return { gold, doc, sequence, tags: goldTags(doc, sequence.tokens, gold.attributions) };
  });
}

/** Features seen at least `minCount` times in training (static ones, and history ones along the
 *  gold path), in first-seen order so the model file is stable. */
function frequentFeatures(docs: Array<{ sequence: FeatureSequence; tags: number[] }>, minCount: number, templates: readonly string[]): number[] {
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

function prepare(perceptron: Perceptron, d: { gold: GoldDocument; doc: Document; sequence: FeatureSequence; tags: number[] }): Prepared {
  return { ...d, rows: perceptron.rowsOf(d.sequence) };
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

/** Tags and margins of one prepared document, by a training Perceptron or a written model. */
type Tagger = (d: Prepared) => { tags: ArrayLike<number>; margins: ArrayLike<number> };

const byPerceptron = (perceptron: Perceptron): Tagger => (d) => decode(perceptron, d);
const byModel = (model: PackedModel): Tagger => (d) => model.tag(d.sequence);

/** The median margin of positions tagged as content; a draft whose mean content margin equals it
 *  gets confidence 0.5 (`marginHalf`). */
function medianContentMargin(tagger: Tagger, dev: Prepared[]): number {
  const found: number[] = [];
  for (const d of dev) {
    const { tags, margins } = tagger(d);
    for (let k = 0; k < tags.length; k++) if (labels[tags[k]!]!.endsWith('CONTENT')) found.push(margins[k]!);
  }
  found.sort((a, b) => a - b);
  return found.length > 0 ? found[found.length >> 1]! : 1;
}

export const policies: Record<string, CombinePolicy> = {
  'add': { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: false },
  'add with cue': { minConfidence: 0, replaceIndirectAbove: Infinity, requireCue: true },
  'add with cue ≥0.3': { minConfidence: 0.3, replaceIndirectAbove: Infinity, requireCue: true },
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

function scoreDev(tagger: Tagger, marginHalf: number, dev: Prepared[], rules: QuoteDraft[][], withPolicies: boolean): void {
  const tagged = dev.map((d) => {
    const { tags, margins } = tagger(d);
    return draftsFromTags(d.doc, d.sequence.tokens, tags, margins, marginHalf);
  });
  const golds = dev.map((d) => d.gold);
  const byDoc = (drafts: QuoteDraft[][]) => (g: GoldDocument) => predicted(drafts[golds.indexOf(g)]!);
  console.log(`  tagger alone        ${summary(evaluate(golds, byDoc(tagged), 'dev').all)}`);
  if (!withPolicies) return;
  const combinations: Array<[string, (i: number) => QuoteDraft[]]> = [
    ...Object.entries(policies).map(([name, policy]): [string, (i: number) => QuoteDraft[]] => [name, (i) => combineDrafts(rules[i]!, tagged[i]!, policy)]),
    ...Object.entries(plausibilities).map(([name, rule]): [string, (i: number) => QuoteDraft[]] => [name, (i) => combineDrafts(rules[i]!, tagged[i]!.filter((d) => isPlausible(dev[i]!.doc, d, rule)))]),
  ];
  for (const [name, combine] of combinations) {
    const combined = dev.map((_, i) => combine(i));
    const added = combined.reduce((sum, drafts, i) => sum + drafts.length - rules[i]!.length, 0);
    const report = evaluate(golds, byDoc(combined), 'dev');
    console.log(`  rules+tagger ${name.padEnd(20)} ${summary(report.all)} · direct source exact F1 ${report.direct.source.exact.f1.toFixed(3)} · +${added} quotes`);
  }
}

export function parseOptions(argv: string[]): Options {
  const options: Options = {
    data: defaultPolnearDir(), epochs: 6, minCount: 5, prune: PRUNE, seed: 2, limit: 0,
    out: resolve(packageRoot(), 'src', 'core', 'tagger', 'model', `${MODEL_VERSION}.json`), evaluate: null,
    templates: allTemplates.filter((t) => !shippedWithout.includes(t)),
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (value === undefined) throw new Error(`${flag}: missing value`);
    const number = Number(value);
    switch (flag) {
      case '--data': options.data = value; break;
      case '--out': options.out = value; break;
      case '--evaluate': options.evaluate = value; break;
      case '--drop': {
        const dropped = value === 'none' ? [] : value.split(',');
        const unknown = dropped.filter((t) => !allTemplates.includes(t as never));
        if (unknown.length > 0) throw new Error(`--drop: unknown template ${unknown.join(', ')} (known: ${allTemplates.join(' ')})`);
        options.templates = allTemplates.filter((t) => !dropped.includes(t));
        break;
      }
      case '--epochs': case '--min-count': case '--prune': case '--seed': case '--limit':
        if (!Number.isInteger(number) || number < 0) throw new Error(`${flag}: expected a whole number, not "${value}"`);
        if (flag === '--epochs') options.epochs = number;
        else if (flag === '--min-count') options.minCount = number;
        else if (flag === '--prune') options.prune = number;
        else if (flag === '--seed') options.seed = number;
        else options.limit = number;
        break;
      default: throw new Error(`unknown option ${flag} (--data, --epochs, --min-count, --prune, --seed, --limit, --out, --drop, --evaluate)`);
    }
  }
  return options;
}

/** Trains and returns the shipped model file; logs dev scores along the way. */
export function train(options: Options, log = true): ModelFile & { marginHalf: number } {
  const started = Date.now();
  const trainRaw = read(options.data, 'train', options.limit, options.templates);
  const devRaw = read(options.data, 'dev', options.limit, options.templates);
  const features = frequentFeatures(trainRaw, options.minCount, options.templates);
  const perceptron = new Perceptron(features, options.templates);
  const trainDocs = trainRaw.map((d) => prepare(perceptron, d));
  const dev = devRaw.map((d) => prepare(perceptron, d));
  const rules = dev.map((d) => assembleQuotes(d.doc, locale));
  if (log) {
    console.log(`read ${trainDocs.length} train and ${dev.length} dev articles, ${features.length} features (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    const golds = dev.map((d) => d.gold);
    console.log(`  rules alone         ${summary(evaluate(golds, (g) => predicted(rules[golds.indexOf(g)]!), 'dev').all)}`);
  }
  const next = random(options.seed);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const d of shuffled(trainDocs, next)) decode(perceptron, d, d.tags);
    if (log) {
      console.log(`epoch ${epoch} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      scoreDev(byPerceptron(Perceptron.sharing(perceptron, perceptron.averaged())), 1, dev, rules, false);
    }
  }
  const averagedWeights = perceptron.averaged();
  const averaged = Perceptron.sharing(perceptron, averagedWeights);
  const marginHalf = Number(medianContentMargin(byPerceptron(averaged), dev).toFixed(3));
  const dropped = allTemplates.filter((t) => !options.templates.includes(t));
  const trainedOn = `PolNeAR train (${trainDocs.length} articles), ${options.epochs} epochs, seed ${options.seed}, min count ${options.minCount}, pruned below ${options.prune}/${SCALE}${dropped.length ? `, without ${dropped.join(' ')}` : ''}`;
  const model = { ...pruneModel(averaged.toModel(averagedWeights, SCALE, MODEL_VERSION, trainedOn), options.prune), marginHalf };
  if (log) {
    console.log(`quantised model: ${model.features} features, marginHalf ${marginHalf}`);
    scoreDev(byModel(PackedModel.fromModel(model)), marginHalf, dev, rules, true);
  }
  return model;
}

function evaluateModel(options: Options): void {
  let model: ModelFile & { marginHalf: number };
  try {
    model = JSON.parse(readFileSync(options.evaluate!, 'utf8'));
  } catch (error) {
    throw new Error(`${options.evaluate}: not a readable model file (${(error as Error).message})`);
  }
  const packed = PackedModel.fromModel(model);
  const dev = read(options.data, 'dev', options.limit, packed.templates).map((d) => ({ ...d, rows: { rows: new Int32Array(0), offsets: new Int32Array(0) } }));
  scoreDev(byModel(packed), model.marginHalf, dev, dev.map((d) => assembleQuotes(d.doc, locale)), true);
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
    const model = train(options);
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(model) + '\n');
    console.log(`wrote ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } catch (error) {
    console.error(`train: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
