// One file (or stdin) → its articles, by format: the extension decides, and the content when the
// extension says nothing (`.xml` may be a feed, an unknown name may be HTML or a feed).
import { readFile, stat } from 'node:fs/promises';
import type { ArticleInput } from '../corpus/store.js';
import { decodeText } from './decode.js';
import { inputError, type InputError } from './errors.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { readHtmlArticle } from './html.js';
import { readJsonFile, readJsonLines } from './records.js';
import { readTextArticle } from './text.js';
import { describeFsError, extensionOf } from './walk.js';

export type Defaults = { outlet?: string };

/** Name used for standard input in origins and error messages. */
export const STDIN_NAME = '-';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]{0,500}?-->\s*)*<(!doctype\s+html|html|head|body|article)[\s>]/i.test(text.slice(0, 2000));
}

/** Articles of already-decoded content; `name` is the file name that decides the format. */
export function readContent(text: string, name: string, origin: string, defaults: Defaults): Array<ArticleInput | InputError> {
  const ext = extensionOf(name);
  if (ext === '.jsonl' || ext === '.ndjson') return readJsonLines(text, origin, defaults);
  if (ext === '.json') return readJsonFile(text, origin, defaults);
  if (ext === '.rss' || ext === '.atom' || ext === '.xml' || (ext !== '.txt' && looksLikeFeed(text))) return readFeed(text, origin, defaults);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.txt' && looksLikeHtml(text))) {
    const article = readHtmlArticle(text, origin);
    if (!article) return [inputError(origin, 'HTML page without readable text')];
    if (!article.outlet && defaults.outlet) article.outlet = defaults.outlet;
    return [article];
  }
  return [readTextArticle(text, origin, defaults)];
}

/** Reads one path (`-` for stdin). Never throws: problems come back as InputError. */
export async function readInputFile(path: string, defaults: Defaults = {}): Promise<Array<ArticleInput | InputError>> {
  let bytes: Uint8Array;
  try {
    if (path === STDIN_NAME) {
      bytes = await readStdin();
    } else {
      const info = await stat(path);
      if (info.isDirectory()) return [inputError(path, 'is a directory')];
      if (!info.isFile()) return [inputError(path, 'not a regular file')];
      bytes = await readFile(path);
    }
  } catch (err) {
    return [inputError(path, describeFsError(err))];
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [inputError(path, decoded.reason)];
  try {
    return readContent(decoded.text, path, path, defaults);
  } catch (err) {
    // A parser bug must not end the run: the file is reported like any unreadable one.
    return [inputError(path, `could not be read (${describeFsError(err)})`)];
  }
}
