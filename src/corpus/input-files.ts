// Input files as the progress display counts them: the ETA is the share of files written.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { READABLE_EXTENSIONS, extensionOf } from '../input/walk.js';

/** The files readInputs will open: each path named, and inside folders the non-hidden files in a
 *  format it reads (a missing path counts as one: it comes back as a failed input). */
export async function countInputFiles(paths: string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) { total += 1; continue; }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const relative = join(entry.parentPath ?? path, entry.name).slice(path.length);
      if (!READABLE_EXTENSIONS.has(extensionOf(entry.name))) continue;
      if (!relative.split('/').some((part) => part.startsWith('.'))) total += 1;
    }
  }
  return total;
}

/** The file an origin comes from: records are numbered after it (`wire.jsonl:12`, `feed.xml#3`,
 *  `list.json#2`), and all records of one file count as one file. */
export function fileOfOrigin(origin: string): string {
  const mark = Math.max(origin.lastIndexOf('#'), origin.lastIndexOf(':'));
  if (mark <= origin.lastIndexOf('/') || mark === origin.length - 1) return origin;
  for (let i = mark + 1; i < origin.length; i += 1) {
    const c = origin.charCodeAt(i);
    if (c < 48 || c > 57) return origin;
  }
  return origin.slice(0, mark);
}
