// Topic attributions: a communication or attitude word and its preposition, whose object is the
// reported content (PolNeAR annotates `pointed to X`, `is upbeat about X`, `her critique of X`).
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes } from '../../../src/core/quotes/quotes.js';
import { findTopicAttributions, withTopicAttributions } from '../../../src/core/quotes/topic-attributions.js';
import { extract } from '../../../src/core/extract.js';
import { en } from '../../../src/locales/en/index.js';
import { shippedVerbDecision } from '../../../src/core/quotes/learned-cues/shipped.js';
import type { VerbDecision } from '../../../src/core/quotes/learned-cues/candidate.js';

type Found = { content: string[]; cue: string | null; source: string | null };

/** The lexicon's topic attributions (the learned cues have their own tests below). */
function topics(text: string): Found[] {
  const doc = readDocument(text);
  const found = findTopicAttributions(doc, en, assembleQuotes(doc, en), null);
  for (const d of found) {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  return found.map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null }));
}

describe('topic attributions: verbs', () => {
  it('takes the object of `pointed to` as content and the subject as source', () => {
    expect(topics('Ms. Alvarez pointed to the governor’s record on school funding.')).toEqual([
      { content: ['the governor’s record on school funding'], cue: 'pointed to', source: 'Ms. Alvarez' },
    ]);
  });

  it('keeps auxiliaries and adverbs in the cue and passes an adverb before the preposition', () => {
    expect(topics('The mayor has repeatedly railed against the new parking rules.')).toEqual([
      { content: ['the new parking rules'], cue: 'has repeatedly railed against', source: 'The mayor' },
    ]);
    expect(topics('The senator spoke briefly about the closing of the shipyard.')[0]).toMatchObject({ content: ['the closing of the shipyard'], source: 'The senator' });
  });

  it('ends the content at a comma, a time adjunct or a coordinated predicate', () => {
    expect(topics('The union has complained about the pension cuts, which take effect next year.')[0]!.content).toEqual(['the pension cuts']);
    expect(topics('The candidate touched on trade policy on Tuesday.')[0]!.content).toEqual(['trade policy']);
    expect(topics('The coach joked about the weather and thanked the fans.')[0]!.content).toEqual(['the weather']);
  });

  it('ignores a verb with a preposition it does not report through', () => {
    expect(topics('The council pointed out the flaws in the plan.')).toEqual([]);
    expect(topics('She relied on her savings during the strike.')).toEqual([]);
  });
});

describe('topic attributions: stance verbs and their direct object', () => {
  it('takes the object of `endorsed` as content, the verb alone as cue', () => {
    expect(topics('The former governor endorsed Senator Ruiz on Tuesday.')).toEqual([
      { content: ['Senator Ruiz'], cue: 'endorsed', source: 'The former governor' },
    ]);
    expect(topics('Most of the county’s farmers have opposed the new water tax.')[0]).toMatchObject({ content: ['the new water tax'], cue: 'have opposed' });
  });

  it('ends the object at a comma, as a noun object', () => {
    expect(topics('A super PAC backing Mayor Lindqvist, the front-runner, spent heavily in the state.')[0]).toMatchObject({ content: ['Mayor Lindqvist'], cue: 'backing' });
  });

  it('reads no passive and no unattributed use', () => {
    expect(topics('The measure was backed by a coalition of farm groups.')).toEqual([]);
    expect(topics('Supporting local farms matters to many voters.')).toEqual([]);
  });

  it('takes no subject after the verb as source (`…have also endorsed Trump`)', () => {
    const found = topics('Two of his former rivals have also endorsed Mr. Hale.');
    expect(found).toEqual([{ content: ['Mr. Hale'], cue: 'have also endorsed', source: 'Two of his former rivals' }]);
  });
});

describe('topic attributions: adjectives and nouns', () => {
  it('reads an adjective after its copula, the copula in the cue', () => {
    expect(topics('The party chairman is upbeat about the chances of winning the district.')).toEqual([
      { content: ['the chances of winning the district'], cue: 'is upbeat about', source: 'The party chairman' },
    ]);
  });

  it('gives a noun cue to its possessor', () => {
    expect(topics('Her critique of the trade deal drew applause.')).toEqual([
      { content: ['the trade deal'], cue: 'critique of', source: 'Her' },
    ]);
  });

  it('gives a noun cue to the subject of the verb it is the object of', () => {
    expect(topics('The ruling raised new questions about the funding of the stadium.')[0]).toMatchObject({
      content: ['the funding of the stadium'], cue: 'raised new questions about', source: 'The ruling',
    });
  });

  it('reads an idiom of a verb and its noun object (`took issue with`)', () => {
    expect(topics('The treasurer took issue with the auditors’ figures.')).toEqual([
      { content: ['the auditors’ figures'], cue: 'took issue with', source: 'The treasurer' },
    ]);
    expect(topics('The issue with the bridge is its age.')).toEqual([]);
  });

  it('ends the object of a subject noun before the main verb', () => {
    expect(topics('His attacks on the director are drawing criticism from his own party.')[0]!.content).toEqual(['the director']);
  });

  it('reads an event noun only when it is someone’s', () => {
    expect(topics('The attack on the embassy killed four people.')).toEqual([]);
    expect(topics('The governor’s attack on the press surprised reporters.')[0]).toMatchObject({ content: ['the press'], source: 'The governor' });
  });
});

describe('topic attributions beside the other rules', () => {
  it('never claims words of a quotation another rule found', () => {
    const text = 'The minister said she was worried about the deficit.';
    const doc = readDocument(text);
    const drafts = assembleQuotes(doc, en);
    expect(drafts).toHaveLength(1);
    expect(withTopicAttributions(doc, en, drafts)).toEqual(drafts);
  });

  it('adds the attribution in content order through extract()', () => {
    const text = '“We will keep the plant open,” the manager said.\n\nThe workers remain skeptical of the promise.';
    const quotes = extract(text).quotes;
    expect(quotes.map((q) => q.content[0]!.text)).toEqual(['“We will keep the plant open,”', 'the promise']);
    expect(quotes[1]).toMatchObject({ kind: 'indirect', cue: { text: 'remain skeptical of' }, source: { text: 'The workers' } });
  });
});

describe('topic attributions: statement nouns with a complement', () => {
  it('takes a that-clause after a possessed statement noun, the complementizer included', () => {
    expect(topics('Critics seized on the governor’s assertion that the tax cut would pay for itself.')).toContainEqual(
      { content: ['that the tax cut would pay for itself'], cue: 'assertion', source: 'the governor' },
    );
  });

  it('takes an infinitive after a statement noun with a possessive pronoun as source', () => {
    expect(topics('Her refusal to release the tapes angered the committee.')).toEqual([
      { content: ['to release the tapes'], cue: 'refusal', source: 'Her' },
    ]);
  });

  it('reads belief nouns like statement nouns (`the senator’s theory that…`)', () => {
    expect(topics('The senator’s theory that the fire had been set on purpose circulated widely among donors.')).toEqual([
      { content: ['that the fire had been set on purpose'], cue: 'theory', source: 'The senator' },
    ]);
  });

  it('runs the clause on through its own adjuncts', () => {
    expect(topics('The crowd cheered his suggestion that the mayor had lied while in office.')[0]!.content).toEqual(['that the mayor had lied while in office']);
  });

  it('skips a relative clause missing its subject and a preposition after the noun', () => {
    expect(topics('His assertion that was printed in the paper drew no answer.')).toEqual([]);
    expect(topics('Their refusal to the end puzzled everyone.')).toEqual([]);
  });

  it('takes a statement noun’s clause without an owner, and a verb it is the object of as the source', () => {
    expect(topics('Amid complaints that the tap water smelled of sulfur, the city ordered new tests.')[0]).toEqual(
      { content: ['that the tap water smelled of sulfur'], cue: 'complaints', source: null },
    );
    expect(topics('Residents filed numerous complaints that the tap water smelled of sulfur.')).toEqual([
      { content: ['that the tap water smelled of sulfur'], cue: 'filed numerous complaints', source: 'Residents' },
    ]);
  });

  it('leaves the source open when the noun is a particle verb’s object (`shrugged off the rumor that…`)', () => {
    expect(topics('The mayor shrugged off the rumor that the stadium deal had collapsed.')).toEqual([
      { content: ['that the stadium deal had collapsed'], cue: 'rumor', source: null },
    ]);
  });

  it('skips a noun after a judgment marker: a reading of events, not a statement', () => {
    expect(topics('Analysts read the retreat as a quiet admission that the strategy had failed.')).toEqual([]);
  });

  it('needs an owner for an intention noun: a bare one names an event, not someone’s plan', () => {
    expect(topics('The decision to close the plant came on Friday.')).toEqual([]);
    expect(topics('The council’s decision to close the plant came on Friday.')[0]).toMatchObject({ content: ['to close the plant'], source: 'The council' });
  });
});

describe('topic attributions: learned cues (verbs outside both lexicons)', () => {
  /** Every learned-cue candidate's verb, and the attributions made when `keep` decides. */
  function learned(text: string, keep: (verb: string) => boolean) {
    const doc = readDocument(text);
    const asked: string[] = [];
    const found = findTopicAttributions(doc, en, assembleQuotes(doc, en), (features, c) => {
      const verb = doc.tokens[c.verb]!.text;
      asked.push(verb);
      expect(features()).toContain(`w=${verb.toLowerCase()}`);
      return keep(verb);
    });
    for (const d of found) for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    return { asked, found: found.map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null, cueType: d.cueType })) };
  }

  it('attributes the object of a verb the model reads as reporting to the subject before it', () => {
    const { asked, found } = learned('The county clerk ridiculed the new ballot design.', () => true);
    expect(asked).toEqual(['ridiculed']);
    expect(found).toEqual([{ content: ['the new ballot design'], cue: 'ridiculed', source: 'The county clerk', cueType: 'stance' }]);
  });

  it('reads a that-clause as words and an infinitive as an intention', () => {
    expect(learned('A federal judge ruled that the county had misled voters.', () => true).found).toEqual([
      { content: ['that the county had misled voters'], cue: 'ruled', source: 'A federal judge', cueType: 'speech' },
    ]);
    expect(learned('The union moved to block the merger.', () => true).found[0]).toMatchObject({ content: ['to block the merger'], cueType: 'intention' });
  });

  it('ends a that- or wh-clause where a reported clause ends, past its adjuncts and inner verbs', () => {
    // contentEnd stopped these at the first comma (`that the county`) and at the wh-clause's verb.
    expect(learned('A federal judge ruled that the county, which had ignored two warnings, misled voters.', () => true).found).toEqual([
      { content: ['that the county, which had ignored two warnings, misled voters'], cue: 'ruled', source: 'A federal judge', cueType: 'speech' },
    ]);
    expect(learned('Every accountant would spot what loopholes in the tax code let firms avoid the levy.', () => true).found).toEqual([
      { content: ['what loopholes in the tax code let firms avoid the levy'], cue: 'would spot', source: 'Every accountant', cueType: 'stance' },
    ]);
    // An object keeps its own end: the time adjunct is the reporting event's, not what was ridiculed.
    expect(learned('The senator ridiculed the budget plan on Monday.', () => true).found[0]).toMatchObject({ content: ['the budget plan'] });
  });

  it('adds nothing the model rejects, and asks nothing with no model', () => {
    expect(learned('The county clerk ridiculed the new ballot design.', () => false).found).toEqual([]);
    const doc = readDocument('The county clerk ridiculed the new ballot design.');
    expect(findTopicAttributions(doc, en, assembleQuotes(doc, en), null)).toEqual([]);
  });

  it('needs a source before the verb, and leaves passives alone', () => {
    expect(learned('Ridiculed the new ballot design, and moved on.', () => true).found).toEqual([]);
    expect(learned('The ballot design was ridiculed by the clerk.', () => true).asked).toEqual([]);
  });

  it('asks only about words no other rule claimed, outside sentences with quotation marks', () => {
    // `said` reports the clause, so `ridiculed` and its object are taken.
    expect(learned('The clerk said the mayor ridiculed the new ballot design.', () => true).asked).toEqual([]);
    expect(learned('The clerk ridiculed the “modern” ballot design.', () => true).asked).toEqual([]);
    expect(learned("The clerk ridiculed the ''modern'' ballot design.", () => true).asked).toEqual([]);
  });

  it('asks about the unquoted sentences of a paragraph that quotes, not about its quoted ones', () => {
    // The paragraph quotes the mayor; the next sentence in it is the writer's report of a reaction.
    const text = '“We will not reprint the ballots,” the mayor said. The county clerk ridiculed the new ballot design.';
    const { asked, found } = learned(text, () => true);
    expect(asked).toEqual(['ridiculed']);
    expect(found).toEqual([{ content: ['the new ballot design'], cue: 'ridiculed', source: 'The county clerk', cueType: 'stance' }]);
    // A quotation in the verb's own sentence still keeps the model out.
    expect(learned('“Nobody can read it,” he said, and the county clerk ridiculed the new ballot design.', () => true).asked).toEqual([]);
  });

  it('leaves a verb of the topic lexicon to its entry', () => {
    const { asked, found } = learned('Ms. Alvarez pointed to the governor’s record on school funding.', () => true);
    expect(asked).toEqual([]);
    expect(found).toEqual([{ content: ['the governor’s record on school funding'], cue: 'pointed to', source: 'Ms. Alvarez', cueType: 'speech' }]);
  });
});

describe('topic attributions: the shipped model\'s score bound', () => {
  it('leaves unasked only candidates the model rejects: the same attributions, fewer questions', () => {
    const texts = [
      'A federal judge ruled that the county had misled voters.',
      'The governor hinted that he would veto the bill, and the mayor ridiculed the proposal.',
      'The county clerk ridiculed the new ballot design and mocked the printing costs.',
      'Shares in the firm fell sharply after the announcement, and investors questioned the strategy.',
      'The report highlighted the lack of investment in rural schools.',
    ];
    let askedWithout = 0;
    let askedWith = 0;
    const without: VerbDecision = (features, c) => { askedWithout++; return shippedVerbDecision(features, c); };
    const withBound: VerbDecision = Object.assign((features: () => string[], c: Parameters<VerbDecision>[1]) => { askedWith++; return shippedVerbDecision(features, c); }, { bound: shippedVerbDecision.bound });
    const found: string[] = [];
    for (const text of texts) {
      const doc = readDocument(text);
      const taken = assembleQuotes(doc, en);
      const expected = findTopicAttributions(doc, en, taken, without);
      expect(findTopicAttributions(doc, en, taken, withBound)).toEqual(expected);
      found.push(...expected.map((d) => d.cue!.text));
    }
    expect(found).toContain('ruled');
    expect(askedWith).toBeGreaterThan(0);
    expect(askedWith).toBeLessThan(askedWithout);
  });
});
