// The fragment model as shipped (tsc copies the imported JSON into dist/).
import shippedFile from './model/en-polnear-fragments-v2.json' with { type: 'json' };
import { decisionOf, type FragmentModel } from './model.js';
import type { FragmentDecision } from './candidate.js';

export const shippedFragmentModel = shippedFile as unknown as FragmentModel;

export const shippedFragmentDecision: FragmentDecision = decisionOf(shippedFragmentModel);
