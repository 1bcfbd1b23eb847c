// The learned cue model as shipped (tsc copies the imported JSON into dist/).
import shippedFile from './model/en-polnear-cues-v1.json' with { type: 'json' };
import { decisionOf, type CueModel } from './model.js';
import type { VerbDecision } from './candidate.js';

export const shippedCueModel = shippedFile as unknown as CueModel;

export const shippedVerbDecision: VerbDecision = decisionOf(shippedCueModel);
