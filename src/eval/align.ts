// Which predicted quote answers which gold attribution: pairs are taken greedily by the number of
// content tokens they share, largest first, each side used at most once. Pairs sharing no content
// token are never matched.
import { intersectionSize } from './spans.js';

/** `pairs[i]` = [gold index, predicted index]. */
export function alignByOverlap(gold: Set<number>[], predicted: Set<number>[]): [number, number][] {
  const candidates: { g: number; p: number; shared: number }[] = [];
  gold.forEach((gs, g) => {
    predicted.forEach((ps, p) => {
      const shared = intersectionSize(gs, ps);
      if (shared > 0) candidates.push({ g, p, shared });
    });
  });
  // Ties go to document order so the alignment is deterministic.
  candidates.sort((a, b) => b.shared - a.shared || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push([c.g, c.p]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
