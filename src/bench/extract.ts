// `npm run bench`: extraction throughput over the BBC News corpus (2,225 articles) on one core,
// against a plain wink-nlp pass over the same texts (same model, default pipeline). The goal is
// extract() ≤ 1.5× the baseline's time per article and under 300 MB peak memory.
// Usage: node dist/bench/extract.js [CORPUS_DIR] [--rounds N] [--profile] [--published DATE]
// Time is CPU time of this process (process.cpuUsage, user + system), not wall time: the machine is
// shared, and wall time mostly measured the other engineers' jobs. Even CPU time drifts with load
// (caches, frequency), so the two passes are interleaved in chunks of 100 articles (which one goes
// first alternates), each round covers the corpus once, and the ratio reported is the median of
// the per-round ratios.
// Peak memory is that of extract() alone, measured in a child process that only extracts (this
// process also holds the baseline's second wink-nlp instance).
// --published gives every article a publication time, as dated news has, so relative dates
// (`on Tuesday`, `last year`) are resolved too; BBC's files carry none.
// --profile samples the CPU during one extra, untimed extract() pass and prints where the time
// goes, by pipeline stage (stage folder under dist/core, such as core/quotes/) and library (wink-nlp,
// chrono-node…).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Session } from 'node:inspector/promises';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../core/extract.js';
import type { ExtractOptions } from '../types.js';
import { decodeText } from '../input/decode.js';

const DEFAULT_CORPUS = '/work/shared/datasets/bbc-news/bbc';

function listTexts(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTexts(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
}

/** CPU seconds (user + system) this process spends running `fn` over every text. */
function cpuSeconds(texts: string[], fn: (text: string) => void): number {
  const before = process.cpuUsage();
  for (const t of texts) fn(t);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

const CHUNK = 100;

/** One round: both passes over the whole corpus, interleaved chunk by chunk. [baseline, extract] CPU s. */
function interleavedRound(texts: string[], round: number, baseline: (t: string) => void, ours: (t: string) => void): [number, number] {
  let base = 0;
  let mine = 0;
  for (let from = 0, k = round; from < texts.length; from += CHUNK, k++) {
    const chunk = texts.slice(from, from + CHUNK);
    if (k % 2 === 0) { base += cpuSeconds(chunk, baseline); mine += cpuSeconds(chunk, ours); }
    else { mine += cpuSeconds(chunk, ours); base += cpuSeconds(chunk, baseline); }
  }
  return [base, mine];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type ProfileNode = { id: number; callFrame: { url: string; functionName: string } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** The stage or library a sampled function belongs to. */
function groupOf(url: string, functionName: string): string {
  if (url.includes('/wink-nlp/') || url.includes('/wink-eng-lite-web-model/')) return 'wink-nlp (tokens, POS)';
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (lib) return lib[1]!;
  const own = /\/dist[^/]*\/(.+)\.js$/.exec(url);
  // A core file counts for its stage folder (core/quotes/ holds clauses/, fragments/…); extract.ts
  // and files outside core count on their own.
  if (own) return /^core\/[^/]+\//.exec(own[1]!)?.[0] ?? own[1]!;
  if (functionName === '(garbage collector)') return 'garbage collector';
  return url ? 'node internals' : functionName || '(other)';
}

function printProfile(profile: Profile): void {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byGroup = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const group = groupOf(node.callFrame.url, node.callFrame.functionName);
    byGroup.set(group, (byGroup.get(group) ?? 0) + dt);
  });
  console.log('where extract() spends its time (self time, sampled):');
  for (const [group, t] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${((100 * t) / total).toFixed(1).padStart(5)}%  ${group}`);
  }
}

/** Peak RSS of a child process that loads the corpus and runs extract() over it once. */
function extractOnlyPeakMb(dir: string): number {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), dir, '--memory-only'], { encoding: 'utf8' });
  const peak = Number(/peak (\d+(?:\.\d+)?)/.exec(child.stdout ?? '')?.[1]);
  return Number.isFinite(peak) ? peak : NaN;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const valueOf = (flag: string): string | undefined => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const published = valueOf('--published');
  // Five rounds by default: the first two still pay for V8 compiling our larger functions (see
  // docs/performance-history.md, eleventh session), so with three the median was round 2's.
  const rounds = Math.max(1, Number(valueOf('--rounds') ?? 5) || 5);
  const takesValue = new Set(['--published', '--rounds']);
  const dir = args.find((a, i) => !a.startsWith('--') && !takesValue.has(args[i - 1] ?? '')) ?? DEFAULT_CORPUS;
  if (!existsSync(dir)) {
    console.log(`bench: corpus not found at ${dir}; skipping (pass a folder of .txt articles to run it)`);
    return 0;
  }
  const texts: string[] = [];
  for (const path of listTexts(dir)) {
    const decoded = decodeText(readFileSync(path));
    if (decoded.ok) texts.push(decoded.text);
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  if (!args.includes('--memory-only')) console.log(`corpus: ${dir} — ${texts.length} articles, ${(chars / 1e6).toFixed(1)} M characters; node ${process.version}, one core, CPU time, ${rounds} rounds`);

  const options: ExtractOptions = published ? { published } : {};
  if (args.includes('--memory-only')) {
    for (const t of texts) extract(t, options);
    console.log(`peak ${peakRssMb().toFixed(1)}`);
    return 0;
  }
  const nlp = winkNLP(model);
  let quotes = 0;
  let dates = 0;
  const baselinePass = (t: string) => { nlp.readDoc(t); };
  const extractPass = (t: string) => {
    const x = extract(t, options);
    quotes += x.quotes.length;
    dates += x.dates.length;
  };
  // Warm-up over 300 articles so lazy initialisation (model load, regex compilation, JIT) is not timed.
  for (const t of texts.slice(0, 300)) { baselinePass(t); extractPass(t); }

  const ratios: number[] = [];
  const baselineTimes: number[] = [];
  const extractTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const [base, ours] = interleavedRound(texts, r, baselinePass, extractPass);
    baselineTimes.push(base);
    extractTimes.push(ours);
    ratios.push(ours / base);
    console.log(`round ${r + 1}: wink-nlp readDoc ${base.toFixed(2)} s CPU (${(texts.length / base).toFixed(0)} articles/s), ` +
      `extract() ${ours.toFixed(2)} s CPU (${(texts.length / ours).toFixed(0)} articles/s), ratio ${(ours / base).toFixed(2)}×`);
  }
  const ratio = median(ratios);
  const peak = extractOnlyPeakMb(dir);
  console.log(`wink-nlp readDoc      ${(texts.length / median(baselineTimes)).toFixed(0).padStart(6)} articles/s (median CPU time)`);
  console.log(`quotetrace extract()  ${(texts.length / median(extractTimes)).toFixed(0).padStart(6)} articles/s (median CPU time)`);
  console.log(`ratio (extract / wink, median of ${rounds}): ${ratio.toFixed(2)}×  goal ≤ 1.50×  ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
  console.log(`peak RSS, extract() alone over the corpus: ${peak.toFixed(0)} MB  goal < 300 MB  ${peak < 300 ? 'ok' : 'OVER'}` +
    `  (this bench process, both wink-nlp instances: ${peakRssMb().toFixed(0)} MB)`);
  // Counts include the warm-up and every round; they are a sanity check, not a result.
  console.log(`found (all passes): ${quotes} quotations, ${dates} dates`);

  if (args.includes('--profile')) {
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    for (const t of texts) extractPass(t);
    const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
    session.disconnect();
    printProfile(profile);
  }
  return 0;
}

process.exitCode = await main();
