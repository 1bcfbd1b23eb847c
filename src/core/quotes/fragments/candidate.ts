// A short quoted fragment whose reading the rules cannot settle: a scare quote, a title, a name, or
// a speaker's words (`called the plan "abhorrent"`, `appeared on "Fox News Sunday."`). The rules
// describe it here; the fragment model (model.ts) decides whether it is an attributed quotation.

/** What the rules know about one short quoted fragment that no cue attributes. */
export type FragmentCandidate = {
  /** Tokens of the quoted span, marks included. */
  firstToken: number;
  lastToken: number;
  /** Offsets of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** The hand rules read it as a scare quote, title or name (quotes.ts `isScareQuote`). */
  scare: boolean;
  /** A verb close before it has a named or pronoun subject (quotes.ts `framedFragment`). */
  framed: boolean;
  /** The verb and subject head clause-subject.ts would attribute it to, if any. */
  clause: { cueLemma: string; sourcePos: string } | null;
  /** Other quotations in the same sentence. */
  siblings: number;
};

/** Decides, from the fragment's features, whether it is kept as a quotation. `features()` computes
 *  them on first call (the same list on every call): a decision the candidate alone settles, as
 *  when the hand rules drop a fragment no clause attributes, never pays for them. */
export type FragmentDecision = (features: () => string[], candidate: FragmentCandidate) => boolean;

/** The hand rules' reading: a scare quote, title or name is dropped unless a verb with a named or
 *  pronoun subject frames it. */
export function handRulesKeep(c: FragmentCandidate): boolean {
  return !c.scare || c.framed;
}
