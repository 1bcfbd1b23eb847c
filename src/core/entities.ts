// Mentions clustered into the people, organisations and outlets of one article.
import type { Entity } from '../types.js';
import type { Document } from './document.js';
import type { QuoteDraft } from './quotes.js';
import type { Locale } from '../locales/locale.js';

/** `speakers[i]` is the entity id of quotes[i]'s speaker. */
export function resolveEntities(_doc: Document, _quotes: QuoteDraft[], _locale: Locale): { entities: Entity[]; speakers: Array<string | null> } {
  return { entities: [], speakers: [] };
}
