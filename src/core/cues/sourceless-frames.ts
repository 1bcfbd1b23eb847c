// Frames whose reported clause nobody named says: its subject is content, never a source.
import type { Cue } from './cues.js';

/** `the plan seemed doomed` (raising), `Trump reportedly wants…` (hearsay). */
export function creditsNoSource(cue: Cue): boolean {
  return cue.frame === 'raising' || cue.frame === 'hearsay';
}
