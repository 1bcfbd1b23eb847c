// Input files as the progress display counts them: the ETA is the share of files written.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Regular, non-hidden files under the given paths (a missing path counts as one: it will be
 *  reported as a failed input). An estimate for the progress bar, not what the reader accepts. */
export async function countInputFiles(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) { total += 1; continue; }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = join(entry.parentPath ?? path, entry.name).slice(path.length);
      if (!relative.split('/').some((part) => part.startsWith('.'))) total += 1;
    }
  }
  return total;
}

/** The file an origin comes from: `feed.xml#3` and `a.jsonl#12` are records of one file. */
export function fileOfOrigin(origin: string): string {
  const hash = origin.lastIndexOf('#');
  return hash > origin.lastIndexOf('/') ? origin.slice(0, hash) : origin;
}
