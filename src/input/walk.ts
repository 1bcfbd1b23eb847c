// Files and folders → the list of files to read, in a stable order (sorted, depth first).
// Hidden entries and folder notes (README, LICENSE) are skipped, and inside folders only the formats quotetrace reads are taken;
// a file named explicitly is always read, whatever its name.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { inputError, type InputError } from './errors.js';

export const READABLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.xml', '.rss', '.atom', '.json', '.jsonl', '.ndjson']);

/** Files that describe a folder rather than hold an article (the BBC corpus ships a README.TXT). */
const FOLDER_NOTES = /^(readme|license|licence|copying|changelog|notice|authors)(\.[a-z]+)?$/i;

export function extensionOf(path: string): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? path.slice(dot).toLowerCase() : '';
}

/** Why a path cannot be opened, in words (`no such file or directory`), from a Node fs error. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ELOOP': return 'too many symbolic links';
    default: return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  }
}

/** Yields file paths, or an InputError for a path that cannot be opened. `-` passes through (stdin). */
export async function* walkPaths(paths: string[]): AsyncGenerator<string | InputError> {
  for (const path of paths) {
    if (path === '-') { yield path; continue; }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield inputError(path, describeFsError(err));
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(path, new Set());
    else yield path;
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<string | InputError> {
  let entries;
  try {
    const info = await stat(dir);
    const key = `${info.dev}:${info.ino}`;
    if (seen.has(key)) return; // a symlink cycle
    seen.add(key);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield inputError(dir, describeFsError(err));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || FOLDER_NOTES.test(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        yield inputError(path, describeFsError(err));
        continue;
      }
    }
    if (isDir) yield* walkDirectory(path, seen);
    else if (isFile && READABLE_EXTENSIONS.has(extensionOf(entry.name))) yield path;
  }
}
