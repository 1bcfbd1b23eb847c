// A directory of Citron JSON files (searched recursively, as Citron's own tools do), read as gold.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromCitron } from './citron.js';
import type { GoldDocument } from './gold.js';

/** Relative paths of the `.json` files under `dir`, sorted, so runs are repeatable. */
export function listCitronFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: not a directory`);
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.json')) found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

/** Reads one file; the document id is its path relative to the gold directory. */
export function readCitronFile(dir: string, file: string): GoldDocument {
  return fromCitron(readCitronJson(join(dir, file)), file);
}

/** The parsed JSON of one Citron file, gold or predicted; an error names the file. */
export function readCitronJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
}
