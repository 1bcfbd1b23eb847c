// The tag set of the attribution tagger: BIO over the three roles PolNeAR annotates. A token
// carries at most one role, so nested attributions keep only the outermost one (see train.ts).

export const labels = ['O', 'B-SOURCE', 'I-SOURCE', 'B-CUE', 'I-CUE', 'B-CONTENT', 'I-CONTENT'] as const;
export type Label = (typeof labels)[number];
export type Role = 'SOURCE' | 'CUE' | 'CONTENT';

export const O = 0;
export const labelIndex: Record<Label, number> = Object.fromEntries(labels.map((l, i) => [l, i])) as Record<Label, number>;

export function begin(role: Role): number {
  return labelIndex[`B-${role}`];
}

export function inside(role: Role): number {
  return labelIndex[`I-${role}`];
}

export function roleOf(label: number): Role | null {
  if (label === O) return null;
  return labels[label]!.slice(2) as Role;
}

/** `I-X` may only continue `B-X` or `I-X`; the decoder never produces an orphan inside tag. */
function allowedByName(previous: number, label: number): boolean {
  const name = labels[label]!;
  if (!name.startsWith('I-')) return true;
  const role = name.slice(2);
  return previous !== O && labels[previous]!.slice(2) === role;
}

/** allowedByName for every (previous, label) pair, read on every decoded position. */
const allowed = Uint8Array.from({ length: labels.length * labels.length }, (_, i) => (allowedByName(Math.floor(i / labels.length), i % labels.length) ? 1 : 0));

export function allowedAfter(previous: number, label: number): boolean {
  return allowed[previous * labels.length + label] === 1;
}
