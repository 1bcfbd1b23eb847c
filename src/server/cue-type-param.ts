// The `cueType` URL parameter (`?cueType=speech,writing`), shared by the API and the pages so both
// accept and reject the same values.
import type { CueType } from '../types.js';
import { CueTypeError, parseCueTypes } from '../corpus/cue-types.js';

export type ParsedCueTypes = { ok: true; cueTypes: CueType[] | undefined } | { ok: false; error: string };

/** Absent or blank: no filter. */
export function parseCueTypeParam(value: string | undefined): ParsedCueTypes {
  if (value === undefined || value.trim() === '') return { ok: true, cueTypes: undefined };
  try {
    return { ok: true, cueTypes: parseCueTypes(value) };
  } catch (err) {
    if (err instanceof CueTypeError) return { ok: false, error: `"cueType": ${err.message}` };
    throw err;
  }
}
