// The gold side of an evaluation, whatever file format it came from: a document's text and its
// annotated attribution relations, with UTF-16 Spans like everything else in quotetrace.
import type { Span } from '../types.js';

/** One annotated attribution relation. Fields are span lists because gold spans can be
 *  discontinuous (PolNeAR fragments, Citron's several content spans); an empty list means the
 *  annotator marked none (PolNeAR's `Attribution-no-source`). */
export type GoldAttribution = {
  id: string;
  content: Span[];
  source: Span[];
  cue: Span[];
};

export type GoldDocument = {
  /** File stem or path, used in reports and error listings. */
  id: string;
  text: string;
  attributions: GoldAttribution[];
};
