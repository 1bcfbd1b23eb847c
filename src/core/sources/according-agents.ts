// `according to a tally by the Associated Press`, `according to calculations by Amy Glasmeier of
// MIT`: the maker of the count or document speaks through it, so the source is the `by` phrase
// (PolNeAR marks the maker, or the whole phrase, which holds it).
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import { nonSpaceAtOrAfter } from '../document/non-space-tokens.js';
import type { SourceMention } from './source-mention.js';
import { phraseStartingAt } from './source-noun-phrases.js';

/** The agent phrase right after the `according to` source `named` (a participle may come between:
 *  `filed by`, `compiled by`), or `named` itself when none follows. */
export function makingAgent(doc: Document, named: SourceMention, ceiling: number, locale: Locale): SourceMention {
  const { tokens } = doc;
  const words = locale.words;
  let k = nonSpaceAtOrAfter(tokens, named.last + 1, ceiling);
  const participle = tokens[k];
  if (participle && participle.pos === 'VERB' && words.endings.modifierParticiple.test(participle.text)) k = nonSpaceAtOrAfter(tokens, k + 1, ceiling);
  const by = tokens[k];
  if (k >= ceiling || !by || by.pos !== 'ADP' || !words.agentPrepositions.has(by.lemma)) return named;
  const agent = phraseStartingAt(doc, k + 1, ceiling, locale, true);
  if (!agent) return named;
  // `according to an analysis by Lily Batchelder, a former tax aide…, whose conclusions were
  // seconded by…`: with a comma after the agent, the source as named keeps the reported clause
  // from being read in what comes after it.
  const after = tokens[nonSpaceAtOrAfter(tokens, agent.last + 1)];
  return after && after.text === ',' ? named : agent;
}
