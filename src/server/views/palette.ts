// A stable colour per speaker: the same name gets the same class on every page and every run.
// The colours themselves live in style.css (sp-0 … sp-11): the CSP forbids inline styles.

import { fnv1a } from './fnv1a.js';

export const paletteSize = 12;

/** FNV-1a over the lower-cased name, folded onto the palette. */
export function speakerColourClass(name: string | null | undefined): string {
  if (!name) return 'sp-none';
  return `sp-${fnv1a(name.trim().toLowerCase()) % paletteSize}`;
}
