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
import { lowerBound } from '../core/lower-bound.js';

type VariantKind = 'exact' | 'elision' | 'insertion' | 'truncation' | 'changed-word' | 'fragment';
type Planted = { group: number; kind: VariantKind | 'original' };

const QUOTES_PER_ARTICLE = 5;
const VOCABULARY = 30_000;
const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${i + 1}`);
const VARIANT_SHARE = 0.15;

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

type Generated = { articles: Array<{ id: string; outlet: string; published: string; extraction: Extraction; text: string }>; planted: Planted[]; queries: string[] };

function generate(n: number, seed = 42): Generated {
  const random = rng(seed);
  const vocab = makeVocabulary(random);
  const speakers = Array.from({ length: Math.max(50, Math.floor(n / 40)) }, (_, i) => `${['Anna', 'Ben', 'Carla', 'David', 'Elif', 'Femi', 'Grace', 'Hugo'][i % 8]} Person${i}`);
  const originals: Array<{ words: string[]; speaker: string }> = [];
  const planted: Planted[] = [];
  const queries: string[] = [];
  const kinds: VariantKind[] = ['exact', 'elision', 'insertion', 'truncation', 'changed-word', 'fragment'];
  const articles: Generated['articles'] = [];
  const start = Date.parse('2022-01-01T00:00:00Z');
  for (let a = 0; a * QUOTES_PER_ARTICLE < n; a++) {
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const published = new Date(start + Math.floor(random() * 730 * 86_400_000)).toISOString();
    let text = `Report ${a} from ${outlet}.\n\n`;
    const quotes: Quote[] = [];
    const entities: Entity[] = [];
    for (let q = 0; q < QUOTES_PER_ARTICLE && a * QUOTES_PER_ARTICLE + q < n; q++) {
      let wording: string;
      let speaker: string;
      if (originals.length > 20 && random() < VARIANT_SHARE) {
        const group = Math.floor(random() * originals.length);
        const kind = kinds[Math.floor(random() * kinds.length)]!;
        wording = plantVariant(originals[group]!.words, kind, random, vocab);
        speaker = originals[group]!.speaker;
        planted.push({ group, kind });
      } else {
        const length = 8 + Math.floor(random() * 22);
        const words = Array.from({ length }, () => sampleWord(vocab, random));
        speaker = speakers[Math.floor(random() * speakers.length)]!;
        planted.push({ group: originals.length, kind: 'original' });
        originals.push({ words, speaker });
        if (queries.length < 200 && random() < 0.05) queries.push(words.slice(2, 5).join(' '));
        wording = words.join(' ');
      }
      const entityId = `e${entities.length + 1}`;
      const sentence = `${speaker} said: “${wording}.”\n\n`;
      const speakerStart = text.length;
      const contentStart = speakerStart + speaker.length + ' said: '.length;
      const contentText = `“${wording}.”`;
      text += sentence;
      entities.push({ id: entityId, kind: 'person', name: speaker, aliases: [], descriptions: [], mentions: [{ start: speakerStart, end: speakerStart + speaker.length, text: speaker }] });
      quotes.push({
        id: `q${q + 1}`, kind: 'direct', content: [{ start: contentStart, end: contentStart + contentText.length, text: contentText }],
        cue: null, source: null, speaker: entityId, via: [], confidence: 0.9,
      });
    }
    articles.push({ id: `bench-${a}`, outlet, published, text, extraction: { text, meta: { language: 'en', outlet, published }, quotes, entities, dates: [], repeats: [] } });
  }
  while (queries.length < 200) queries.push(originals[Math.floor(random() * originals.length)]!.words.slice(0, 3).join(' '));
  return { articles, planted, queries };
}

type SizeResult = {
  quotes: number; articles: number; seconds: number; cpuSeconds: number; quotesPerSecond: number; peakRssMiB: number; dbMiB: number;
  planted: number; recall: number; recallByKind: Record<string, number>; falseJoinRate: number; searchP95Ms: number; searchP50Ms: number;
};

async function runSize(n: number, batch: number): Promise<SizeResult> {
  const dir = mkdtempSync(join(tmpdir(), 'quotetrace-corpus-cluster-bench-'));
  const path = join(dir, 'corpus.db');
  try {
    const { articles, planted, queries } = generate(n);
    const store = new SqliteStore(path, { cacheMiB: 256 });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < articles.length; i += batch) {
      store.addArticlesSync(articles.slice(i, i + batch).map((a) => ({
        article: { id: a.id, outlet: a.outlet, published: a.published, text: a.text, origin: a.id }, extraction: a.extraction,
      })));
    }
    const seconds = (performance.now() - t0) / 1000;
    // The machine is shared: CPU time (user + system) tells the work done apart from waiting.
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;

    const latencies: number[] = [];
    for (const q of queries) {
      const s = performance.now();
      await store.search({ q, limit: 20 });
      latencies.push(performance.now() - s);
    }
    latencies.sort((x, y) => x - y);
    await store.close();

    // Score: quote i (in generation order) ↔ its cluster; quotes are stored in that order.
    const db = new Database(path, { readonly: true });
    const clusters = db.prepare('SELECT cluster FROM quotes ORDER BY rowid').pluck().all() as Array<number | null>;
    db.close();
    const clusterOfGroup = new Map<number, number | null>();
    planted.forEach((p, i) => { if (p.kind === 'original') clusterOfGroup.set(p.group, clusters[i]!); });
    const byKind: Record<string, { hit: number; total: number }> = {};
    planted.forEach((p, i) => {
      if (p.kind === 'original') return;
      const k = (byKind[p.kind] ??= { hit: 0, total: 0 });
      k.total++;
      if (clusters[i] !== null && clusters[i] === clusterOfGroup.get(p.group)) k.hit++;
    });
    // False joins: originals that landed in a cluster another original founded.
    const founder = new Map<number, number>();
    let falseJoins = 0;
    let originalsCount = 0;
    planted.forEach((p, i) => {
      if (p.kind !== 'original') return;
      originalsCount++;
      const c = clusters[i]!;
      if (c === null) return;
      if (founder.has(c)) falseJoins++;
      else founder.set(c, p.group);
    });
    const hits = Object.values(byKind).reduce((s, k) => s + k.hit, 0);
    const total = Object.values(byKind).reduce((s, k) => s + k.total, 0);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
    return {
      quotes: n, articles: articles.length, seconds: +seconds.toFixed(1), cpuSeconds: +cpuSeconds.toFixed(1), quotesPerSecond: Math.round(n / seconds),
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
      `corpus-cluster ${r.quotes.toLocaleString('en')} quotes (${r.articles.toLocaleString('en')} articles): ${r.seconds}s wall, ${r.cpuSeconds}s CPU (${r.quotesPerSecond}/s), peak RSS ${r.peakRssMiB} MiB, db ${r.dbMiB} MiB${growth}\n` +
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
