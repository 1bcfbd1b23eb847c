// The PolNeAR corpus (Newell, Margolin & Ruths, LREC 2018) as laid out on disk:
// `<data>/<split>/text/<stem>.txt`, `<data>/<split>/attributions/<stem>_<annotator>.ann` and
// `<data>/metadata.tsv`. A few articles were annotated by several people; the first annotator
// that metadata.tsv lists for the article is the gold, so every article counts once.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBrat } from './brat.js';
import type { GoldDocument } from './gold.js';

export const polnearSplits = ['train', 'dev', 'test'] as const;
export type PolnearSplit = (typeof polnearSplits)[number];

/** Where one article's gold lives. */
export type PolnearEntry = { stem: string; textPath: string; annPath: string; annotator: string };

/** Lists the articles of a split in metadata order (sorted by stem), each with the file of its
 *  first listed annotator; an article whose first annotator's file is missing falls back to the
 *  first file present for it, so no article silently drops out. Throws one clear line when the
 *  data directory or metadata.tsv is absent. */
export function listPolnear(dataDir: string, split: PolnearSplit): PolnearEntry[] {
  const metadataPath = join(dataDir, 'metadata.tsv');
  if (!existsSync(metadataPath)) throw new Error(`${metadataPath}: not found (is --data the PolNeAR data/ directory?)`);
  const lines = readFileSync(metadataPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0]!.split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${metadataPath}: no "${name}" column`);
    return i;
  };
  const [compartment, filename, annotators] = [col('compartment'), col('filename'), col('annotators')];
  const annDir = join(dataDir, split, 'attributions');
  const annFiles = existsSync(annDir) ? readdirSync(annDir).filter((f) => f.endsWith('.ann')) : [];
  const entries: PolnearEntry[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells[compartment] !== split) continue;
    const stem = cells[filename]!;
    const textPath = join(dataDir, split, 'text', `${stem}.txt`);
    const listed = (cells[annotators] ?? '').split('|').filter(Boolean);
    const present = listed.find((a) => annFiles.includes(`${stem}_${a}.ann`))
      ?? annFiles.find((f) => f.startsWith(`${stem}_`) && /^[0-9a-f]{4}\.ann$/.test(f.slice(stem.length + 1)))?.slice(stem.length + 1, -4);
    if (!present || !existsSync(textPath)) continue;
    entries.push({ stem, textPath, annPath: join(annDir, `${stem}_${present}.ann`), annotator: present });
  }
  return entries.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0));
}

export function readPolnear(entry: PolnearEntry): GoldDocument {
  const text = readFileSync(entry.textPath, 'utf8');
  return parseBrat(readFileSync(entry.annPath, 'utf8'), text, entry.stem);
}
