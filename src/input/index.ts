// bytes → {text, meta}: every input format ends up as ArticleInput records.
import type { ArticleInput } from '../corpus/store.js';

/** A file or record that could not be read, with a one-line reason naming it. */
export type InputError = { origin: string; message: string };

/** Walks files and folders (recursively) and yields one ArticleInput per article: .txt, .html,
 *  RSS/Atom feeds, .jsonl/.json records. Unreadable inputs come out as InputError, never thrown. */
export async function* readInputs(_paths: string[], _defaults: { outlet?: string } = {}): AsyncGenerator<ArticleInput | InputError> {
  throw new Error('readInputs: not implemented yet');
}
