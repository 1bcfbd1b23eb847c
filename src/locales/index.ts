import type { Locale } from './locale.js';
import { en } from './en/index.js';

const locales: Record<string, Locale> = { en };

/** Falls back to English, the only full lexicon for now, so any language code still extracts. */
export function getLocale(code: string): Locale {
  return locales[code.toLowerCase().split(/[-_]/)[0]!] ?? en;
}

export type { Locale };
