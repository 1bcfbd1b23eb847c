// Benchmark of quotation clustering at corpus scale (issue 4): a synthetic corpus of N quotations
// (Zipf-distributed vocabulary, grouped into articles with outlets, dates and speakers) with
// planted variants of known sources — exact copies, elisions, insertions, truncations, a changed
// word, fragments — is stored through SqliteStore.addArticle into a temporary file. Reports time,
// peak RSS, growth from one size to the next, planted-variant recall, false joins and p95 search
// latency over 200 queries. Each size runs in its own process so peak RSS is per size.
//   node dist/bench/corpus-cluster.js [--sizes 10000,100000,1000000] [--batch 100]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../corpus/sqlite/store.js';
import type { Entity, Extraction, Quote } from '../types.js';
import { lowerBound } from '../core/document/lower-bound.js';

type VariantKind = 'exact' | 'elision' | 'insertion' | 'truncation' | 'changed-word' | 'fragment';

const QUOTES_PER_ARTICLE = 5;
const VOCABULARY = 30_000;
const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${i + 1}`);
const VARIANT_SHARE = 0.15;
const KINDS: VariantKind[] = ['exact', 'elision', 'insertion', 'truncation', 'changed-word', 'fragment'];
/** plantedKind of an original (variants are 1 + their index in KINDS). */
const ORIGINAL = 0;
const START = Date.parse('2022-01-01T00:00:00Z');

/** xorshift32: reproducible across runs. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

function makeVocabulary(random: () => number): { words: string[]; cumulative: Float64Array } {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'su', 'pe', 'dra', 'ni', 'gol', 'be', 'tor', 'fa', 'lin', 'os', 'ur', 'est', 'an', 'mor'];
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    // Up to four syllables: 20 + 400 + 8,000 + 160,000 possible words, enough for the vocabulary.
    const n = 1 + Math.floor(random() * 4);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    words.add(w);
  }
  const cumulative = new Float64Array(VOCABULARY);
  let total = 0;
  for (let r = 0; r < VOCABULARY; r++) { total += 1 / (r + 1); cumulative[r] = total; }
  for (let r = 0; r < VOCABULARY; r++) cumulative[r]! /= total;
  return { words: [...words], cumulative };
}

function sampleWord(vocab: { words: string[]; cumulative: Float64Array }, random: () => number): string {
  const x = random();
  // The last word takes any rounding left at the top of the cumulative weights.
  return vocab.words[lowerBound(vocab.cumulative.length - 1, (i) => vocab.cumulative[i]! < x)]!;
}

function plantVariant(source: string[], kind: VariantKind, random: () => number, vocab: ReturnType<typeof makeVocabulary>): string {
  const words = [...source];
  const at = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo));
  switch (kind) {
    case 'exact': return words.join(' ');
    case 'elision': {
      const start = at(2, Math.max(3, words.length - 6));
      words.splice(start, at(2, 5), '…');
      return words.join(' ');
    }
    case 'insertion': {
      words.splice(at(2, words.length - 1), 0, `[${sampleWord(vocab, random)} ${sampleWord(vocab, random)}]`);
      return words.join(' ');
    }
    case 'truncation': return words.slice(0, Math.max(5, Math.round(words.length * (0.6 + random() * 0.25)))).join(' ');
    case 'changed-word': {
      words[at(1, words.length - 1)] = sampleWord(vocab, random);
      return words.join(' ');
    }
    case 'fragment': {
      const len = at(5, 9);
      const start = at(0, words.length - len);
      return words.slice(start, start + len).join(' ');
    }
  }
}

type BenchArticle = { id: string; outlet: string; published: string; extraction: Extraction; text: string };

/** The corpus is generated on the fly, batch by batch, and never held whole: at 1M quotations the
 *  articles as objects took more memory than the store. An original's words and speaker come
 *  from its own seeded generator, so a later variant regenerates its source instead of keeping
 *  every original in memory; what is kept per quotation is its planted group and kind (5 bytes). */
class SyntheticCorpus {
  private readonly random: () => number;
  private readonly vocab: ReturnType<typeof makeVocabulary>;
  private readonly speakers: string[];
  private originals = 0;
  private quotes = 0;
  /** Per quotation in generation (= storage) order: the original it copies, and how. */
  readonly plantedGroup: Int32Array;
  readonly plantedKind: Uint8Array;
  readonly queries: string[] = [];

  constructor(readonly size: number, private readonly seed = 42) {
    this.random = rng(seed);
    this.vocab = makeVocabulary(this.random);
    this.speakers = Array.from({ length: Math.max(50, Math.floor(size / 40)) }, (_, i) => `${['Anna', 'Ben', 'Carla', 'David', 'Elif', 'Femi', 'Grace', 'Hugo'][i % 8]} Person${i}`);
    this.plantedGroup = new Int32Array(size);
    this.plantedKind = new Uint8Array(size);
  }

  /** Original number `group`: the same words and speaker every time it is asked for. */
  private original(group: number): { words: string[]; speaker: string } {
    const random = rng(Math.imul(group + 1, 0x9e3779b1) ^ this.seed);
    const length = 8 + Math.floor(random() * 22);
    const words = Array.from({ length }, () => sampleWord(this.vocab, random));
    return { words, speaker: this.speakers[Math.floor(random() * this.speakers.length)]! };
  }

  get done(): boolean {
    return this.quotes >= this.size;
  }

  /** The next `count` articles (fewer at the end). */
  nextArticles(count: number): BenchArticle[] {
    const out: BenchArticle[] = [];
    while (out.length < count && !this.done) out.push(this.nextArticle(Math.floor(this.quotes / QUOTES_PER_ARTICLE)));
    return out;
  }

  private nextArticle(a: number): BenchArticle {
    const random = this.random;
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const published = new Date(START + Math.floor(random() * 730 * 86_400_000)).toISOString();
    let text = `Report ${a} from ${outlet}.\n\n`;
    const quotes: Quote[] = [];
    const entities: Entity[] = [];
    for (let q = 0; q < QUOTES_PER_ARTICLE && !this.done; q++) {
      let wording: string;
      let speaker: string;
      if (this.originals > 20 && random() < VARIANT_SHARE) {
        const group = Math.floor(random() * this.originals);
        const kind = Math.floor(random() * KINDS.length);
        const source = this.original(group);
        wording = plantVariant(source.words, KINDS[kind]!, random, this.vocab);
        speaker = source.speaker;
        this.plantedGroup[this.quotes] = group;
        this.plantedKind[this.quotes] = kind + 1;
      } else {
        const group = this.originals++;
        const { words, speaker: said } = this.original(group);
        speaker = said;
        this.plantedGroup[this.quotes] = group;
        this.plantedKind[this.quotes] = ORIGINAL;
        if (this.queries.length < 200 && random() < 0.05) this.queries.push(words.slice(2, 5).join(' '));
        wording = words.join(' ');
      }
      this.quotes++;
      const entityId = `e${entities.length + 1}`;
      const speakerStart = text.length;
      const contentStart = speakerStart + speaker.length + ' said: '.length;
      const contentText = `“${wording}.”`;
      text += `${speaker} said: ${contentText}\n\n`;
      entities.push({ id: entityId, kind: 'person', name: speaker, aliases: [], descriptions: [], mentions: [{ start: speakerStart, end: speakerStart + speaker.length, text: speaker }] });
      quotes.push({
        id: `q${q + 1}`, kind: 'direct', content: [{ start: contentStart, end: contentStart + contentText.length, text: contentText }],
        cue: null, cueType: 'speech', source: null, speaker: entityId, via: [], confidence: 0.9,
      });
    }
    return { id: `bench-${a}`, outlet, published, text, extraction: { text, meta: { language: 'en', outlet, published }, quotes, entities, dates: [], repeats: [] } };
  }

  /** 200 search queries: three words from originals, the ones picked while generating first. */
  searchQueries(): string[] {
    const queries = [...this.queries];
    while (queries.length < 200) queries.push(this.original(Math.floor(this.random() * this.originals)).words.slice(0, 3).join(' '));
    return queries;
  }
}

type SizeResult = {
  quotes: number; articles: number; seconds: number; cpuSeconds: number; generationCpuSeconds: number; quotesPerSecond: number; peakRssMiB: number; dbMiB: number;
  planted: number; recall: number; recallByKind: Record<string, number>; falseJoinRate: number; searchP95Ms: number; searchP50Ms: number;
};

async function runSize(n: number, batch: number): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'quotetrace-corpus-cluster-bench-'));
  const path = join(dir, 'corpus.db');
  try {
    const corpus = new SyntheticCorpus(n);
    const store = new SqliteStore(path);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let articles = 0;
    // Generating the corpus is not clustering: its CPU and wall time are measured apart and
    // taken out of the totals.
    let generationCpu = 0;
    let generationWall = 0;
    while (!corpus.done) {
      const g0 = performance.now();
      const gc0 = process.cpuUsage();
      const batchArticles = corpus.nextArticles(batch);
      const gc = process.cpuUsage(gc0);
      generationCpu += (gc.user + gc.system) / 1e6;
      generationWall += (performance.now() - g0) / 1000;
      articles += batchArticles.length;
      store.addArticlesSync(batchArticles.map((a) => ({
        article: { id: a.id, outlet: a.outlet, published: a.published, text: a.text, origin: a.id }, extraction: a.extraction,
      })));
    }
    // Closing moves the index rows still in memory to the file: part of the clustering work.
    await store.close();
    const seconds = (performance.now() - t0) / 1000 - generationWall;
    // The machine is shared: CPU time (user + system) tells the work done apart from waiting.
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6 - generationCpu;

    const reader = new SqliteStore(path);

    const latencies: number[] = [];
    for (const q of corpus.searchQueries()) {
      const s = performance.now();
      await reader.search({ q, limit: 20 });
      latencies.push(performance.now() - s);
    }
    latencies.sort((x, y) => x - y);
    await reader.close();

    // Score: quote i (in generation order) ↔ its cluster; quotes are stored in that order.
    const clusters = new Float64Array(n).fill(-1);
    {
      const db = new Database(path, { readonly: true });
      let i = 0;
      for (const c of db.prepare('SELECT cluster FROM quotes ORDER BY rowid').pluck().iterate()) clusters[i++] = (c as number | null) ?? -1;
      db.close();
    }
    const { plantedGroup, plantedKind } = corpus;
    const clusterOfGroup = new Float64Array(n).fill(-1);
    for (let i = 0; i < n; i++) if (plantedKind[i] === ORIGINAL) clusterOfGroup[plantedGroup[i]!] = clusters[i]!;
    const byKind: Record<string, { hit: number; total: number }> = {};
    for (let i = 0; i < n; i++) {
      if (plantedKind[i] === ORIGINAL) continue;
      const k = (byKind[KINDS[plantedKind[i]! - 1]!] ??= { hit: 0, total: 0 });
      k.total++;
      if (clusters[i] !== -1 && clusters[i] === clusterOfGroup[plantedGroup[i]!]) k.hit++;
    }
    // False joins: originals that landed in a cluster another original founded.
    const founded = new Set<number>();
    let falseJoins = 0;
    let originalsCount = 0;
    for (let i = 0; i < n; i++) {
      if (plantedKind[i] !== ORIGINAL) continue;
      originalsCount++;
      const c = clusters[i]!;
      if (c === -1) continue;
      if (founded.has(c)) falseJoins++;
      else founded.add(c);
    }
    const hits = Object.values(byKind).reduce((s, k) => s + k.hit, 0);
    const total = Object.values(byKind).reduce((s, k) => s + k.total, 0);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
    return {
      quotes: n, articles, seconds: +seconds.toFixed(1), generationCpuSeconds: +generationCpu.toFixed(1), cpuSeconds: +cpuSeconds.toFixed(1), quotesPerSecond: Math.round(n / seconds),
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), dbMiB: Math.round(statSync(path).size / 2 ** 20),
      planted: total, recall: +(hits / total).toFixed(4),
      recallByKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, +(v.hit / v.total).toFixed(4)])),
      falseJoinRate: +(falseJoins / originalsCount).toFixed(5),
      searchP95Ms: +pct(0.95).toFixed(2), searchP50Ms: +pct(0.5).toFixed(2),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Articles per transaction (SqliteStore.addArticlesSync); 1 is what per-article ingest does. */
function parseBatch(argv: string[]): number {
  const i = argv.indexOf('--batch');
  const batch = i >= 0 ? Number(argv[i + 1]) : 100;
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch needs a whole number of articles ≥ 1 (got "${argv[i + 1]}")`);
  return batch;
}

function parseSizes(argv: string[]): number[] {
  const i = argv.indexOf('--sizes');
  const raw = i >= 0 ? argv[i + 1] : '10000,100000,1000000';
  const sizes = (raw ?? '').split(',').map((s) => Number(s.trim()));
  if (!sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 100)) {
    throw new Error(`--sizes needs comma-separated quotation counts ≥ 100, e.g. --sizes 10000,100000 (got "${raw}")`);
  }
  return sizes;
}

async function main(argv: string[]): Promise<void> {
  const single = argv.indexOf('--run');
  if (single >= 0) {
    process.stdout.write(JSON.stringify(await runSize(Number(argv[single + 1]), parseBatch(argv))) + '\n');
    return;
  }
  const results: SizeResult[] = [];
  process.stdout.write(`corpus-cluster: ${parseBatch(argv)} article(s) per transaction\n`);
  for (const n of parseSizes(argv)) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=3072', fileURLToPath(import.meta.url), '--run', String(n), '--batch', String(parseBatch(argv))], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (child.status !== 0) throw new Error(`size ${n} failed (exit ${child.status})`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as SizeResult;
    const prev = results[results.length - 1];
    const growth = prev ? ` · time ×${(r.seconds / prev.seconds).toFixed(1)} (CPU ×${(r.cpuSeconds / prev.cpuSeconds).toFixed(1)}) for ×${(r.quotes / prev.quotes).toFixed(0)} quotes` : '';
    process.stdout.write(
      `corpus-cluster ${r.quotes.toLocaleString('en')} quotes (${r.articles.toLocaleString('en')} articles): ${r.seconds}s wall, ${r.cpuSeconds}s CPU (${r.quotesPerSecond}/s; generating the corpus took another ${r.generationCpuSeconds}s CPU), peak RSS ${r.peakRssMiB} MiB, db ${r.dbMiB} MiB${growth}\n` +
      `  planted-variant recall ${(r.recall * 100).toFixed(2)}% of ${r.planted} (${Object.entries(r.recallByKind).map(([k, v]) => `${k} ${(v * 100).toFixed(1)}%`).join(', ')}), false joins ${(r.falseJoinRate * 100).toFixed(3)}% of originals\n` +
      `  search p50 ${r.searchP50Ms} ms, p95 ${r.searchP95Ms} ms over 200 queries\n`,
    );
    results.push(r);
  }
  process.stdout.write(JSON.stringify({ benchmark: 'corpus-cluster', results }) + '\n');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`corpus-cluster: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
