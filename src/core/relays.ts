// Relayed attribution: the outlet or document a statement reached the article through.
import type { Entity } from '../types.js';
import type { Document } from './document.js';
import type { QuoteDraft } from './quotes.js';
import type { Locale } from '../locales/locale.js';

/** `via[i]` lists entity ids for quotes[i], outermost first; `entities` may gain outlet entities. */
export function linkRelays(_doc: Document, _quotes: QuoteDraft[], entities: Entity[], _locale: Locale): { entities: Entity[]; via: string[][] } {
  return { entities, via: [] };
}
