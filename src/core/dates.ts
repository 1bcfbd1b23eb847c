// Date expressions resolved against the publication time, preferring the past as news does.
import type { DateMention } from '../types.js';
import type { Document } from './document.js';
import type { Locale } from '../locales/locale.js';

export function findDates(_doc: Document, _published: string | undefined, _locale: Locale): DateMention[] {
  return [];
}
