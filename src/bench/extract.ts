// `npm run bench`: extraction throughput over the BBC News corpus (2,225 articles) on one core,
// against a plain wink-nlp pass over the same texts (same model, default pipeline). The goal is
// extract() ≤ 1.5× the baseline's time per article and under 300 MB peak memory.
// Usage: node dist/bench/extract.js [CORPUS_DIR] [--profile] [--published DATE]
// --published gives every article a publication time, as dated news has, so relative dates
// (`on Tuesday`, `last year`) are resolved too; BBC's files carry none.
// --profile samples the CPU during the extract() pass and prints where the time goes, by pipeline
// stage (source file under dist/core) and library (wink-nlp, chrono-node…).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '../core/extract.js';
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

function time(label: string, texts: string[], fn: (text: string) => void): number {
  // One warm-up pass over a slice so lazy initialisation (model load, regex compilation) is not timed.
  for (const t of texts.slice(0, 50)) fn(t);
  const start = performance.now();
  for (const t of texts) fn(t);
  const seconds = (performance.now() - start) / 1000;
  const rate = texts.length / seconds;
  console.log(`${label.padEnd(22)} ${rate.toFixed(0).padStart(6)} articles/s  (${seconds.toFixed(2)} s)`);
  return rate;
}

type ProfileNode = { id: number; callFrame: { url: string; functionName: string } };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** The stage or library a sampled function belongs to. */
function groupOf(url: string, functionName: string): string {
  if (url.includes('/wink-nlp/') || url.includes('/wink-eng-lite-web-model/')) return 'wink-nlp (tokens, POS)';
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (lib) return lib[1]!;
  const own = /\/dist\/(.+)\.js$/.exec(url);
  if (own) return own[1]!;
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

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const publishedAt = args.indexOf('--published');
  const published = publishedAt >= 0 ? args[publishedAt + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && i !== publishedAt + 1) ?? DEFAULT_CORPUS;
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
  console.log(`corpus: ${dir} — ${texts.length} articles, ${(chars / 1e6).toFixed(1)} M characters; node ${process.version}, one core`);

  const nlp = winkNLP(model);
  const baseline = time('wink-nlp readDoc', texts, (t) => { nlp.readDoc(t); });
  let quotes = 0;
  let dates = 0;
  const profiling = args.includes('--profile');
  const session = profiling ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const rate = time('quotetrace extract()', texts, (t) => {
    const x = extract(t, published ? { published } : {});
    quotes += x.quotes.length;
    dates += x.dates.length;
  });
  const profile = session ? ((await session.post('Profiler.stop')) as { profile: Profile }).profile : null;
  session?.disconnect();
  const ratio = baseline / rate;
  const peak = peakRssMb();
  console.log(`ratio (extract / wink): ${ratio.toFixed(2)}×  goal ≤ 1.50×  ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
  console.log(`peak RSS: ${peak.toFixed(0)} MB  goal < 300 MB  ${peak < 300 ? 'ok' : 'OVER'}`);
  // Counts include the warm-up pass; they are a sanity check, not a result.
  console.log(`found (incl. warm-up): ${quotes} quotations, ${dates} dates`);
  if (profile) printProfile(profile);
  return 0;
}

process.exitCode = await main();
