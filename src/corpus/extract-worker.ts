// One extraction task: what the worker pool (extractor.ts) runs in a worker thread and what
// `--jobs 1` runs in the main thread. Tinypool loads the compiled file (dist/corpus/extract-worker.js) and calls its
// default export, so this module must stay free of side effects other than loading the core.
import { extract } from '../core/extract.js';
import type { ArticleInput } from './store.js';
import type { Extraction, ExtractOptions } from '../types.js';

/** What one extraction needs from an article: the text, the metadata it may override, and the
 *  origin, which becomes the Extraction's `file` (text posted to the server has none). */
export type ExtractTask = Pick<ArticleInput, 'text' | 'title' | 'outlet' | 'published'> & Partial<Pick<ArticleInput, 'origin'>>;

export default function extractArticle(task: ExtractTask): Extraction {
  const options: ExtractOptions = {};
  if (task.title) options.title = task.title;
  if (task.outlet) options.outlet = task.outlet;
  if (task.published) options.published = task.published;
  const extraction = extract(task.text, options);
  return task.origin === undefined ? extraction : { file: task.origin, ...extraction };
}
