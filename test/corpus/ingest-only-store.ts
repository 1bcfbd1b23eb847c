// Test doubles for ingest: ingest only adds and checks articles, so a fake store implements
// those and inherits the read side as methods that fail loudly if ingest ever calls them.
import type { Store } from '../../src/corpus/store.js';

export abstract class IngestOnlyStore implements Pick<Store, 'getArticle' | 'search' | 'getCluster' | 'getSpeaker' | 'stats' | 'exportRows' | 'close'> {
  getArticle(): never { throw new Error('not used by ingest'); }
  search(): never { throw new Error('not used by ingest'); }
  getCluster(): never { throw new Error('not used by ingest'); }
  getSpeaker(): never { throw new Error('not used by ingest'); }
  stats(): never { throw new Error('not used by ingest'); }
  exportRows(): never { throw new Error('not used by ingest'); }
  async close(): Promise<void> {}
}
