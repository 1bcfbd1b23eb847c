// Publication metadata from the header lines of plain text (`Published: …`, a wire dateline).
import type { Locale } from '../locales/locale.js';

export type Header = { published?: string; title?: string; outlet?: string };

export function readHeader(_text: string, _locale: Locale): Header {
  return {};
}
