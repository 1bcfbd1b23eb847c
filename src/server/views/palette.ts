// A stable colour per speaker: the same name gets the same class on every page and every run.
// The colours themselves live in style.css (sp-0 … sp-11): the CSP forbids inline styles.

export const paletteSize = 12;

/** FNV-1a over the lower-cased name, folded onto the palette. */
export function speakerColourClass(name: string | null | undefined): string {
  if (!name) return 'sp-none';
  let hash = 0x811c9dc5;
  const key = name.trim().toLowerCase();
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `sp-${(hash >>> 0) % paletteSize}`;
}
