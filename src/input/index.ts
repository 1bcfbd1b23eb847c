// bytes → {text, meta}: every input format ends up as ArticleInput records.
import type { ArticleInput } from '../corpus/store.js';
import type { InputError } from './errors.js';
import { readInputFile, type Defaults } from './file.js';
import { walkPaths } from './walk.js';

export type { InputError } from './errors.js';
export { isInputError } from './errors.js';
export { readInputFile, readContent, STDIN_NAME } from './file.js';
export { decodeText } from './decode.js';
export { normalisePublished } from './published.js';

/** Walks files and folders (recursively) and yields one ArticleInput per article: .txt, .html,
 *  RSS/Atom feeds, .jsonl/.json records. Unreadable inputs come out as InputError, never thrown.
 *  `defaults.outlet` fills in the outlet of articles whose source names none. */
export async function* readInputs(paths: string[], defaults: Defaults = {}): AsyncGenerator<ArticleInput | InputError> {
  for await (const item of walkPaths(paths)) {
    if (typeof item !== 'string') { yield item; continue; }
    yield* await readInputFile(item, defaults);
  }
}
