// The mention that names who spoke: the noun phrase before a cue (`Mr Blair said`, `a spokesman for
// Sony said`, `Jane Roe, a professor of economics, said`), after it when inverted (`said Jane Roe`)
// or after `according to`. Walks a bounded number of tokens from the cue, so the stage is linear.
import type { Locale } from '../../locales/locale.js';
import type { Document } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { subjectAfterQuotation, subjectBetweenQuotationAndCue } from './subject-after-quotation.js';
import { mention, type SourceMention } from './source-mention.js';
import { startsClause } from './clause-openings.js';
import { clauseBounds } from './sentence-reach.js';
import { sourceBefore } from './subject-before-cue.js';
import { closedApposition, throughRelativeClause, withApposition } from './source-appositions.js';
import { closesInterjection, followsQuotation, invertible, modifiesInverted, sourceAfter } from './inverted-sources.js';
import { sharedSubject, sharesSubject } from './shared-subjects.js';
import { modalReadForName, possessorOf } from './cue-possessors.js';
import { phraseStartingAt } from './source-noun-phrases.js';
import { passiveAgentPreposition } from './passive-agents.js';
import { misreadAccordingObject } from './according-objects.js';
import { makingAgent } from './according-agents.js';
import { withRelativeClause } from './inverted-relative-clauses.js';
import { infinitiveSubject } from './infinitive-subjects.js';

export type { SourceMention } from './source-mention.js';

export type SourceLink = { mention: SourceMention; side: 'before' | 'after' };

/** The source mention for each cue (null when none is written), within the cue's sentence. */
export function findSources(doc: Document, cues: Cue[], locale: Locale): Array<SourceLink | null> {
  const links: Array<SourceLink | null> = [];
  const found: Array<{ cue: Cue; link: SourceLink | null }> = [];
  for (const cue of cues) {
    const { floor, ceiling } = clauseBounds(doc, cue);
    const link = sourceOf(cue, floor, ceiling);
    // Cues arrive in text order; only those of the same sentence are looked back at.
    if (found.length > 0 && found[found.length - 1]!.cue.sentence !== cue.sentence) found.length = 0;
    found.push({ cue, link });
    links.push(link);
  }
  return links;

  function sourceOf(cue: Cue, floor: number, ceiling: number): SourceLink | null {
    const misreadName = modalReadForName(doc.tokens, cue, locale.words);
    if (misreadName >= 0) return { mention: mention(doc.tokens, misreadName, misreadName), side: 'before' };
    if (cue.frame === 'according') {
      const named = sourceAfter(doc, cue, ceiling, locale) ?? misreadAccordingObject(doc, cue, ceiling, locale);
      if (!named) return null;
      const m = makingAgent(doc, named, ceiling, locale);
      const full = withApposition(doc, m, ceiling, locale.words);
      // `According to Facebook, Trump generated…`: after an `according to` that opens its clause,
      // the content follows the source, so an apposition must close with a comma and hold no
      // clause of its own.
      const opening = startsClause(doc.tokens, cue.first, floor);
      return { mention: opening && !closedApposition(doc.tokens, m, full) ? m : full, side: 'after' as const };
    }
    // `was asked by host Ana Ruiz`, `As reported by the Ledger`: a passive's agent speaks.
    const by = passiveAgentPreposition(doc, cue, ceiling, locale);
    const agent = by >= 0 ? phraseStartingAt(doc, by + 1, ceiling, locale, true) : null;
    if (agent) {
      // `As reported by the Ledger, investigators found…`: the clause after the agent is content.
      const full = withApposition(doc, agent, ceiling, locale.words);
      return { mention: closedApposition(doc.tokens, agent, full) ? full : agent, side: 'after' as const };
    }
    // `It is unusual for a sitting justice to weigh in`: the infinitive's own subject speaks.
    const infinitive = infinitiveSubject(doc, cue, floor, locale);
    if (infinitive) return { mention: infinitive, side: 'before' as const };
    if (sharesSubject(doc, cue, floor, locale)) return sharedSubject(doc, cue, found, floor, locale);
    if (invertible(doc.tokens, cue, floor, locale)) {
      const after = sourceAfter(doc, cue, ceiling, locale);
      // `said the plan would fail` is a clause, not an inverted subject: the phrase must end the clause.
      const following = after ? doc.tokens[after.last + 1] : undefined;
      const endsClause = !following || following.pos === 'PUNCT' || following.pos === 'ADP' || following.pos === 'ADV' || following.pos === 'SPACE'
        || (following.pos === 'SCONJ' && !locale.words.complementizers.has(following.lemma));
      if (after && endsClause && (followsQuotation(doc.tokens, cue, floor, locale) || closesInterjection(following))) {
        const full = withApposition(doc, after, ceiling, locale.words);
        const relative = withRelativeClause(doc, full, ceiling, locale);
        if (relative) return { mention: relative, side: 'after' as const };
        // `said Michael Tyler, a spokesman for the campaign, explaining`: PolNeAR's source keeps the
        // comma that closes an apposition inside the sentence.
        const closed = full.last > after.last && doc.tokens[full.last + 1]?.text === ',' && full.last + 1 <= ceiling;
        return { mention: closed ? mention(doc.tokens, full.first, full.last + 1) : full, side: 'after' as const };
      }
      const relative = after && following && ((following.pos === 'PRON' && locale.words.whoForms.has(following.lemma)) || (followsQuotation(doc.tokens, cue, floor, locale) && modifiesInverted(following, locale.words)))
        ? throughRelativeClause(doc, after, ceiling, locale.words) : null;
      if (relative) return { mention: relative, side: 'after' as const };
    }
    const subject = sourceBefore(doc, cue, floor, locale);
    const before = subject ? subjectAfterQuotation(doc, subject, cue, floor, locale) : possessorOf(doc, cue, floor, locale) ?? subjectBetweenQuotationAndCue(doc, cue, floor, locale);
    return before ? { mention: before, side: 'before' as const } : null;
  }
}
