// Reported clauses through assembleQuotes: the unquoted content each cue frame introduces, with
// PolNeAR's boundaries (no final full stop, `that` included, the writer's additions left out).
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes, type QuoteDraft } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function indirect(text: string): { content: string[]; cue: string | null; source: string | null }[] {
  const drafts: QuoteDraft[] = assembleQuotes(readDocument(text), en);
  for (const d of drafts) {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  return drafts.filter((d) => d.kind !== 'direct').map((d) => ({ content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null }));
}

describe('reported clauses: speech verbs', () => {
  it('reads the clause after the cue, without the full stop', () => {
    expect(indirect('The S.E.C. said it would increase oversight as well.')).toEqual([
      { content: ['it would increase oversight as well'], cue: 'said', source: 'The S.E.C.' },
    ]);
  });

  it('ends the clause before a coordinated second attribution', () => {
    const found = indirect('Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks.');
    expect(found[0]).toEqual({ content: ['Machado promised to continue supporting Clinton'], cue: 'says', source: 'Merrill' });
  });

  it('ends the clause before a participle cue and before `, but he said`', () => {
    expect(indirect('Sen. David Perdue said he didn’t believe those characterizations hurt Romney, arguing that divisions in the party were a bigger hurdle.')[0]!.content)
      .toEqual(['he didn’t believe those characterizations hurt Romney']);
    expect(indirect('Kerr Putney said the footage was unclear, but he said that other evidence supported the account.')[0]!.content)
      .toEqual(['the footage was unclear']);
  });

  it('reads the clause before a trailing attribution over an infinitive or participle cue inside it', () => {
    expect(indirect('All the same, the judges are doing what they can to find common ground, Professor Epps said.')).toContainEqual(
      { content: ['All the same, the judges are doing what they can to find common ground'], cue: 'said', source: 'Professor Epps' });
    expect(indirect('The governor is on firm ground attacking the senator, Dana Fiore said Monday.')).toContainEqual(
      { content: ['The governor is on firm ground attacking the senator'], cue: 'said', source: 'Dana Fiore' });
  });

  it('ends the clause before `but` and a second past predicate of the same subject', () => {
    expect(indirect('The aide insisted that she had never seen the memo but conceded the point in a later interview with reporters.')).toEqual([
      { content: ['that she had never seen the memo'], cue: 'insisted', source: 'The aide' },
      { content: ['the point in a later interview with reporters'], cue: 'conceded', source: 'The aide' },
    ]);
  });

  it('ends a fronted subordinate clause at a comma inside a closing quotation mark', () => {
    expect(indirect('When the host pointed out that the senator calls it "Medicare for all," the candidate has seized on the phrase.')[0])
      .toEqual({ content: ['that the senator calls it "Medicare for all,"'], cue: 'pointed out', source: 'the host' });
  });

  it('ends the clause before a participle cue after a comma inside a closing quotation mark', () => {
    expect(indirect('Campaigning in Ohio on Monday, the governor insisted that he had “grown the party,” predicting a record turnout in the spring primaries.')).toEqual([
      { content: ['that he had “grown the party,”'], cue: 'insisted', source: 'the governor' },
      { content: ['a record turnout in the spring primaries'], cue: 'predicting', source: 'the governor' },
    ]);
    expect(indirect('The senator stressed that "the only way forward is for both parties to work together," suggesting that the bill would have to wait.')[0]!.content)
      .toEqual(['that "the only way forward is for both parties to work together,"']);
  });

  it('ends the clause before a poll share that says something else (`while nine in 10 said`)', () => {
    expect(indirect('Most voters said the country was on the wrong track, while nine in 10 said they expected prices to keep rising.')).toEqual([
      { content: ['the country was on the wrong track'], cue: 'said', source: 'Most voters' },
      { content: ['they expected prices to keep rising'], cue: 'said', source: 'nine in 10' },
    ]);
  });

  it('reports the participle clause between the two parts of a quotation', () => {
    const drafts = assembleQuotes(readDocument('"We have a long way to go," the mayor said, noting that the budget had doubled since 2010. "But we will get there."'), en);
    expect(drafts.map((d) => [d.kind, d.cue?.text, d.content.map((s) => s.text)])).toEqual([
      ['direct', 'said', ['"We have a long way to go,"', '"But we will get there."']],
      ['indirect', 'noting', ['that the budget had doubled since 2010']],
    ]);
  });

  it('ends the clause at a semicolon', () => {
    expect(indirect('Republicans said the timing was not intentional; they only learned of the deal on Friday.')[0]!.content)
      .toEqual(['the timing was not intentional']);
  });

  it('reports both halves around an attribution set off by commas', () => {
    expect(indirect('The museum, Mr. Obama said, would make visitors face uncomfortable truths.')).toEqual([
      { content: ['The museum', 'would make visitors face uncomfortable truths'], cue: 'said', source: 'Mr. Obama' },
    ]);
  });

  it('reports both halves around an inserted attribution whatever the cue’s frame, and a short predicate', () => {
    expect(indirect('Patience, the coach noted, has never been a strength of this team.')).toEqual([
      { content: ['Patience', 'has never been a strength of this team'], cue: 'noted', source: 'the coach' },
    ]);
    expect(indirect('This election, she says, is different.')).toEqual([
      { content: ['This election', 'is different'], cue: 'says', source: 'she' },
    ]);
  });

  it('does not take a fronted clause with a verb as the subject of an inserted attribution', () => {
    expect(indirect('When the vote came, he noted, was the hardest moment.')).toEqual([]);
  });

  it('takes the clause before a trailing attribution followed by an adjunct', () => {
    expect(indirect('Shifting monsoon patterns could affect a billion people, Mr. Obama said in his interview.')[0]!.content)
      .toEqual(['Shifting monsoon patterns could affect a billion people']);
  });

  it('takes the clause before `, as police have said`', () => {
    expect(indirect('The video does not answer whether Scott had a gun, as police have said.')[0]!.content)
      .toEqual(['The video does not answer whether Scott had a gun']);
  });

  it('is not stopped by a verb that only frames quotations', () => {
    expect(indirect('Those discussions are continuing, he said.')).toEqual([
      { content: ['Those discussions are continuing'], cue: 'said', source: 'he' },
    ]);
  });

  it('skips a long prepositional adjunct of the saying before `that`, but not an object with a relative `that`', () => {
    expect(indirect('The senator said in an interview with the local paper last week that she would not run again.')[0]!.content)
      .toEqual(['that she would not run again']);
    expect(indirect('The governor told reporters at a press conference in the capital on Monday that the budget was balanced.')[0]!.content)
      .toEqual(['that the budget was balanced']);
    expect(indirect('The mayor denounced remarks by the longtime council chairman from the east side last week that police officers were overpaid.')[0]!.content)
      .toEqual(['remarks by the longtime council chairman from the east side last week that police officers were overpaid']);
  });

  it('keeps `that` as content and skips a relative `that` after a noun', () => {
    expect(indirect('The governor said on Monday that the budget would balance.')[0]!.content).toEqual(['that the budget would balance']);
    expect(indirect('The senator has attacked loopholes that benefit the rich.')[0]!.content).toEqual(['loopholes that benefit the rich']);
  });
});

describe('reported clauses: that-frame verbs without `that`', () => {
  it('takes a finite clause or a wh-clause', () => {
    expect(indirect('Last month, the Obama administration announced it had reached its goal.')[0]!.content).toEqual(['it had reached its goal']);
    expect(indirect('Ham explained why he backs Trump over Hillary Clinton.')[0]!.content).toEqual(['why he backs Trump over Hillary Clinton']);
  });

  it('does not take a bare object after `add`', () => {
    expect(indirect('The company added 500 jobs in the last quarter of the year.')).toEqual([]);
  });

  it('takes a noun-phrase object when a source says it', () => {
    expect(indirect('The wire service surveyed the delegates twice and noted their public endorsements.')).toEqual([
      { content: ['their public endorsements'], cue: 'noted', source: 'The wire service' },
    ]);
    expect(indirect('After the senator stumbles, his rivals see an opening in Iowa.')[0]).toEqual(
      { content: ['an opening in Iowa'], cue: 'see', source: 'his rivals' },
    );
  });

  it('leaves a passive to its own rules', () => {
    expect(indirect('The mayor was seen outside the building late on Friday.')).toEqual([]);
  });
});

describe('reported clauses: object cues', () => {
  it('reads a doubled-apostrophe closer (wire copy) like a closing quotation mark', () => {
    expect(indirect("He has called the new tariffs ''reckless and self-defeating,'' accusing the ministry of ''punishing our own farmers.''")[0])
      .toEqual({ content: ["the new tariffs ''reckless and self-defeating,''"], cue: 'has called', source: 'He' });
  });

  it('ends the object before a second past predicate of the same subject, not inside coordinated participles', () => {
    expect(indirect('At a debate last fall, the mayor called the merger “a terrible deal” and ranked its chief among the worst executives in the country.')[0]!.content)
      .toEqual(['the merger “a terrible deal”']);
    expect(indirect('The company called the claims unsubstantiated and fabricated by former employees.')[0]!.content)
      .toEqual(['the claims unsubstantiated and fabricated by former employees']);
  });

  it('ends the object before a participle gloss after a comma inside a closing quotation mark', () => {
    expect(indirect('In a speech on Friday, the senator called the trade pact “a disaster for working families,” accusing its backers of ignoring the factory towns.')[0])
      .toEqual({ content: ['the trade pact “a disaster for working families,”'], cue: 'called', source: 'the senator' });
  });

  it('reads the object and its complement as content', () => {
    expect(indirect('Palmieri accused Sanders of taking cues from Republicans.')).toEqual([
      { content: ['Sanders of taking cues from Republicans'], cue: 'accused', source: 'Palmieri' },
    ]);
    expect(indirect('The Trump campaign called the charges unsubstantiated and fabricated.')[0]!.content)
      .toEqual(['the charges unsubstantiated and fabricated']);
  });

  it('leaves out an adjunct of the reporting event', () => {
    expect(indirect('Mr. Clinton criticized the Affordable Care Act as a crazy system during a campaign stop in Flint.')[0]!.content)
      .toEqual(['the Affordable Care Act as a crazy system']);
  });

  it('does not read a phone call or a short object as an attribution', () => {
    expect(indirect('He called the police on Tuesday night.')).toEqual([]);
  });
});

describe('reported clauses: intentions', () => {
  it('reads a to-infinitive, with or without an object', () => {
    expect(indirect('Sanders aides declined to confirm the buys.')).toEqual([
      { content: ['to confirm the buys'], cue: 'declined', source: 'Sanders aides' },
    ]);
    expect(indirect('Palmieri called on Trump to stop attacking Machado.')[0]!.content).toEqual(['Trump to stop attacking Machado']);
  });

  it('does not read an intention verb with a plain noun object', () => {
    expect(indirect('The city plans a new bridge over the river next year.')).toEqual([]);
  });

  it('reads the noun-phrase object of want, offer and the like when a source says it', () => {
    expect(indirect('Even some of the hardliners have offered softer rhetoric toward immigrants since the vote.')).toEqual([
      { content: ['softer rhetoric toward immigrants since the vote'], cue: 'have offered', source: 'Even some of the hardliners' },
    ]);
    expect(indirect('The senator wants a full accounting of the money.')[0]!.content).toEqual(['a full accounting of the money']);
  });
});

describe('reported clauses: beliefs', () => {
  it('reads a belief with `that` or a finite clause', () => {
    expect(indirect('Republicans believe that the tax cut will pay for itself.')[0]!.content).toEqual(['that the tax cut will pay for itself']);
  });

  it('does not read a belief in an unquoted question', () => {
    expect(indirect('Does he really think the plan will work?')).toEqual([]);
  });
});

describe('reported clauses: the writer’s own clauses are not content', () => {
  it('ends the clause before `, and` with a new subject and verb', () => {
    expect(indirect('Trump has vowed to bring back lost mining jobs, and Hillary Clinton is promising to help mining communities.')[0]!.content)
      .toEqual(['to bring back lost mining jobs']);
  });

  it('ends a clause inside a fronted subordinate clause at the main clause', () => {
    expect(indirect('While aides insisted that Mr. Obama would not be pigeonholed, the campaign has appeared to acknowledge his help is needed.')[0]!.content)
      .toEqual(['that Mr. Obama would not be pigeonholed']);
  });

  it('does not read a fronted scene-setting phrase with no verb as the clause before a cue that goes on', () => {
    expect(indirect('In a long phone interview, Ramirez had only kind words to say about the governor.')).toEqual([]);
    expect(indirect('Shortly after the vote, the governor announced his resignation.')).toEqual([]);
  });

  it('does not read the subject of an object cue as the clause before it (the noun phrase after is its object)', () => {
    expect(indirect('Maria Lopez, a delegate from Ohio, criticized the party platform on trade.')
      .filter((q) => q.content.some((c) => c.includes('Maria Lopez')))).toEqual([]);
    expect(indirect('The plan will fail, warned the governor.')).toEqual([
      { content: ['The plan will fail'], cue: 'warned', source: 'the governor' },
    ]);
  });

  it('still reads a verbless clause before an attribution that closes the sentence', () => {
    expect(indirect('Or maybe Mitt Romney, one pollster says.')).toEqual([
      { content: ['Or maybe Mitt Romney'], cue: 'says', source: 'one pollster' },
    ]);
  });

  it('does not read a noun after an article as a cue before `that`', () => {
    expect(indirect('This reeks of the greatest fear that I have ever seen in politics.')).toEqual([]);
  });
});

describe('reported clauses: raising verbs (seem, appear, be expected)', () => {
  it('reports the subject and the complement, with no source', () => {
    expect(indirect('Mr. Putin seemed most concerned with driving home the point to his domestic audience.')).toEqual([
      { content: ['Mr. Putin', 'most concerned with driving home the point to his domestic audience'], cue: 'seemed', source: null },
    ]);
    expect(indirect('She is expected to continue to make appearances on the NBC morning show.')).toEqual([
      { content: ['She', 'to continue to make appearances on the NBC morning show'], cue: 'is expected', source: null },
    ]);
  });

  it('takes only the that-clause after an expletive `it`', () => {
    expect(indirect('It appears that the campaign will send no one to the convention.')).toEqual([
      { content: ['that the campaign will send no one to the convention'], cue: 'appears', source: null },
    ]);
  });

  it('reports nothing when the verb has no complement of its own', () => {
    expect(indirect('Trump appeared on Fox News on Sunday morning.')).toEqual([]);
    expect(indirect('The senator seemed like a different man.')).toEqual([]);
  });
});

describe('reported clauses: belief verbs in the passive (`is seen as`, `was considered`)', () => {
  it('reports the subject and the judgment after `as`, with no source', () => {
    expect(indirect('The governor is widely seen as the favourite to win the nomination.')).toEqual([
      { content: ['The governor', 'the favourite to win the nomination'], cue: 'is widely seen', source: null },
    ]);
    expect(indirect('The strike is considered one of the largest in the company’s history.')).toEqual([
      { content: ['The strike', 'one of the largest in the company’s history'], cue: 'is considered', source: null },
    ]);
  });

  it('leaves a bare predicate, a progressive and an active verb to the other rules', () => {
    expect(indirect('Four officers are seen gathered around a car.')).toEqual([]);
    // A progressive keeps its subject as the source.
    expect(indirect('The city is considering a new tax on sugary drinks.')).toEqual([
      { content: ['a new tax on sugary drinks'], cue: 'is considering', source: 'The city' },
    ]);
  });

  it('ends a judgment made inside parentheses at the closing one', () => {
    const found = indirect('The fact-checkers (which are not seen as politically partisan) rated the claim false.');
    expect(found.find((q) => q.cue === 'are not seen')?.content.at(-1)).toBe('politically partisan');
  });
});

describe('reported clauses: questions after ask', () => {
  it('reads whether, if, wh- and about questions, past the one asked', () => {
    expect(indirect('Hannity asked how high the wall would be.')[0]!.content).toEqual(['how high the wall would be']);
    expect(indirect('Reporters asked if he would support Trump as the Republican nominee.')[0]!.content).toEqual(['if he would support Trump as the Republican nominee']);
    expect(indirect('Ingraham asked him about increasing the number of foreign workers.')[0]).toEqual(
      { content: ['about increasing the number of foreign workers'], cue: 'asked', source: 'Ingraham' });
  });

  it('keeps a sentence-opening `Asked whether…,` apart from the answer', () => {
    const found = indirect('Asked whether he would fire a speechwriter under these circumstances, Trump said no.');
    expect(found).toHaveLength(1);
    expect(found[0]!.content).toEqual(['whether he would fire a speechwriter under these circumstances']);
    expect(found[0]!.cue).toBe('Asked');
  });

  it('finds the question past the one asked and the occasion', () => {
    expect(indirect('Two senators earlier asked the U.S. attorney in Maryland whether the aide lied under oath.')[0]!.content)
      .toEqual(['whether the aide lied under oath']);
    expect(indirect('The radio host was asked by a listener why so many young men were arriving as refugees.')[0]!.content)
      .toEqual(['why so many young men were arriving as refugees']);
  });

  it('reads a question after `when asked` with no one named as asking', () => {
    const found = indirect('The governor said he would consider it when asked whether he would close the border to travelers from the region.');
    expect(found.map((f) => f.content[0])).toContain('whether he would close the border to travelers from the region');
  });

  it('ends a fronted question where the main clause starts, with or without a cue', () => {
    expect(indirect('Asked in Ohio last week whether he would back the eventual nominee, the senator gave a vague answer.')[0]!.content)
      .toEqual(['whether he would back the eventual nominee']);
    expect(indirect('When asked which issue mattered most, only a third of the voters picked the economy.')[0]!.content)
      .toEqual(['which issue mattered most']);
  });

  it('does not take a relative clause on the one asked for the question', () => {
    expect(indirect('The moderator asked Kasich, who trails in the delegate count, about his path.').map((f) => f.content[0])).not.toContain('who trails in the delegate count');
  });

  it('does not read a bare object of ask as a question', () => {
    expect(indirect('The senator asked the chairman for more time.')).toEqual([]);
  });
});

describe('reported clauses: that-less clauses after belief cues', () => {
  it('opens with a demonstrative, a subject with a prepositional phrase, or a noun and a present-tense verb', () => {
    expect(indirect('Economists believe this provides an artificial incentive for employers.')[0]!.content).toEqual(['this provides an artificial incentive for employers']);
    expect(indirect('Some national security law experts think the case against Clinton is clear.')[0]!.content).toEqual(['the case against Clinton is clear']);
  });

  it('opens with a possessive pronoun before the subject noun', () => {
    expect(indirect('The governor hopes his latest endorsement will give him a boost before the primary.')[0]!.content)
      .toEqual(['his latest endorsement will give him a boost before the primary']);
  });

  it('takes a noun-phrase object of a belief when a source holds it, as PolNeAR does', () => {
    expect(indirect('Economists believe the forecasts from the central bank.')).toEqual([
      { content: ['the forecasts from the central bank'], cue: 'believe', source: 'Economists' },
    ]);
  });

  it('still needs a clause when no source holds the belief', () => {
    expect(indirect('Believe the forecasts from the central bank at your own risk.')).toEqual([]);
  });
});

describe('reported clauses: according to', () => {
  it('starts the content after the comma that closes the source, even when a lead-in word precedes', () => {
    expect(indirect('But, according to the survey, 46 percent of Democratic voters remain undecided.')[0]!.content)
      .toEqual(['46 percent of Democratic voters remain undecided']);
    expect(indirect('According to a state university/local newspaper poll out Monday, the two senators each have 27 percent.')[0]!.content)
      .toEqual(['the two senators each have 27 percent']);
  });

  it('reports both halves of a clause interrupted by the attribution', () => {
    expect(indirect('Missing from the meeting, according to lawmakers who attended it, was any talk of the inquiry.')[0]!.content)
      .toEqual(['Missing from the meeting', 'was any talk of the inquiry']);
  });

  it('reports only the clause after an interrupting attribution that opens its own clause', () => {
    expect(indirect('While most files were marked confidential, according to an agency official, two were marked secret.')[0]!.content)
      .toEqual(['two were marked secret']);
  });

  it('leaves the outer reporting clause out when the attribution follows its `that`', () => {
    expect(indirect('The newspaper reported that, according to a review of her diary, 85 of the 154 meetings were with donors.')
      .find((q) => q.cue === 'according to')!.content).toEqual(['85 of the 154 meetings were with donors']);
  });
});

describe('reported clauses: polls and records', () => {
  it('attributes the clause after `In a … poll,` to the poll', () => {
    expect(indirect('In a Boston Globe poll released Sunday, the governor had a 12-point lead.')).toEqual([
      { content: ['the governor had a 12-point lead'], cue: 'In', source: expect.any(String) },
    ]);
  });

  it('does not read an ordinary opening adjunct as a poll', () => {
    expect(indirect('In the morning, the governor left for Boston.')).toEqual([]);
  });
});

describe('reported clauses: subjects the source finder leaves open', () => {
  it('reports the clause after a cue whose subject ends in an apposition', () => {
    expect(indirect('Maria Lopez, its chief operating officer, said donors are becoming more cautious about small campaigns.')
      .map((q) => q.content)).toEqual([['donors are becoming more cautious about small campaigns']]);
  });

  it('still needs a subject: a cue opening the sentence reports nothing on its own', () => {
    expect(indirect('Said to be unhappy with the result, the mayor left the count early.')).toEqual([]);
  });
});

describe('reported clauses: fronted `as` attributions', () => {
  it('reports the whole main clause after `As X reported,`', () => {
    expect(indirect('As the Boston Globe reported, even if the mayor wins the runoff, he would face a hostile council.')[0]!.content)
      .toEqual(['even if the mayor wins the runoff, he would face a hostile council']);
  });
});

describe('reported clauses: announcements', () => {
  it('takes the object of `announced` as its content', () => {
    expect(indirect('The governor announced a series of steps to tighten gun sales.')[0]!.content)
      .toEqual(['a series of steps to tighten gun sales']);
  });
});

describe('reported clauses: nested and coordinated cues', () => {
  it('ends the clause before a second attribution whose subject has several words', () => {
    expect(indirect('Some voters said the debate changed nothing, while several longtime party activists said they were leaning toward the governor.')[0]!.content)
      .toEqual(['the debate changed nothing']);
  });

  it('reaches back over a belief inside the clause before a trailing attribution', () => {
    expect(indirect('People tend to trust those they know more than an anonymous news story, she said.')).toEqual([
      { content: ['People tend to trust those they know more than an anonymous news story'], cue: 'said', source: 'she' },
    ]);
  });

  it('reads a cue whose coordinated subject opens the clause as the clause’s own verb, partial quotation included', () => {
    expect(indirect('Judge Reeves wrote that the title and text of the statute showed it to be "an attempt to put gay citizens back in their place."')).toEqual([
      { content: ['that the title and text of the statute showed it to be "an attempt to put gay citizens back in their place."'], cue: 'wrote', source: 'Judge Reeves' },
    ]);
    expect(indirect('Mr. Ryan said the recent string of shootings and protests demands that every American engage in "more listening" and "more learning."')).toEqual([
      { content: ['the recent string of shootings and protests demands that every American engage in "more listening" and "more learning."'], cue: 'said', source: 'Mr. Ryan' },
    ]);
  });

  it('keeps a subject pronoun coordinated with a noun phrase inside the clause', () => {
    expect(indirect('The pastor said she and several church elders are planning to boycott the ceremony and "pray outside the gates" instead.')[0]).toEqual(
      { content: ['she and several church elders are planning to boycott the ceremony and "pray outside the gates" instead'], cue: 'said', source: 'The pastor' },
    );
  });

  it('still ends the clause before `and` with a new subject after a finished clause', () => {
    expect(indirect('Ms. Lee said the plan raised taxes on the middle class and her rival said it would cut them for everyone.')[0]!.content)
      .toEqual(['the plan raised taxes on the middle class']);
  });

  it('keeps a cue in the infinitive of an intention inside that intention', () => {
    expect(indirect('The bureau decided not to recommend charges against the aide.')).toEqual([
      { content: ['not to recommend charges against the aide'], cue: 'decided', source: 'The bureau' },
    ]);
  });
});

describe('reported clauses: that-clauses of further speech and belief verbs', () => {
  it.each([
    ['The lawsuit charges that the company misled investors for years.', 'charges'],
    ['The newspaper has learned that the governor will resign next week.', 'has learned'],
    ['Aides privately worry that the message is not getting through.', 'privately worry'],
  ])('reads %s', (text, cue) => {
    expect(indirect(text).map((q) => q.cue)).toEqual([cue]);
  });
});

describe('reported clauses: that-frame cues with an infinitive or an existential clause', () => {
  it('reads `agreed to` and a verb as the content', () => {
    expect(indirect('The Ohio governor agreed to end his campaign in Indiana in order to help his rival.')[0]!.content)
      .toEqual(['to end his campaign in Indiana in order to help his rival']);
  });

  it('reads a gerund right after a that-frame speech cue as the content', () => {
    expect(indirect('The candidate reported raising about $9 million during the month.')[0]!.content)
      .toEqual(['raising about $9 million during the month']);
  });

  it('does not read `to` and a noun phrase as an infinitive', () => {
    expect(indirect('The union agreed to a new wage system last year.')).toEqual([]);
  });

  it('reads a that-less `there is` clause', () => {
    expect(indirect('The two scholars agreed there are qualified judges who could win confirmation.')[0]!.content)
      .toEqual(['there are qualified judges who could win confirmation']);
  });
});

describe('reported clauses: passive attributions with their agent', () => {
  it('reads the main clause after a fronted `As reported by X,`', () => {
    expect(indirect('As reported by the local paper, last year the city became the first in the state to raise its minimum wage.')[0]!.content)
      .toEqual(['last year the city became the first in the state to raise its minimum wage']);
  });

  it('reads the clause before a trailing `, as first reported by X`', () => {
    expect(indirect('The main super PAC began reserving airtime in swing states this week, as first reported by the Times on Tuesday.')[0]!.content)
      .toEqual(['The main super PAC began reserving airtime in swing states this week']);
  });

  it('reads subject and predicate around an inserted `, first reported by X,`', () => {
    expect(indirect('The deportation campaign, first reported by the Post, is a central part of the administration’s response.')[0]!.content)
      .toEqual(['The deportation campaign', 'is a central part of the administration’s response']);
  });
});

describe('reported clauses: the writer’s gloss at the end', () => {
  it('leaves out a final relative clause on a name or noun', () => {
    expect(indirect('The senator said he would campaign for Mr. Cruz, who won the Iowa caucuses last month.')[0]!.content)
      .toEqual(['he would campaign for Mr. Cruz']);
    expect(indirect('Officials said the money would go to the new program, which Congress approved in May.')[0]!.content)
      .toEqual(['the money would go to the new program']);
  });

  it('keeps a relative clause followed by more of the statement', () => {
    expect(indirect('She said the voters, who were angry, would punish the party in November.')[0]!.content)
      .toEqual(['the voters, who were angry, would punish the party in November']);
  });
});

describe('reported clauses: judgements of an object (consider, view, portray)', () => {
  it('reads the object and what it is judged to be', () => {
    expect(indirect('Many party leaders consider the governor a liability in the general election.')).toEqual([
      { content: ['the governor a liability in the general election'], cue: 'consider', source: 'Many party leaders' },
    ]);
    expect(indirect('The ad portrays the senator as a friend of Wall Street bankers.')[0]!.content).toEqual(['the senator as a friend of Wall Street bankers']);
  });
});

describe('reported clauses: recall on known cues', () => {
  it('reads a trailing attribution after the previous sentence’s closing marks', () => {
    const text = "The manager blamed rivals for their focus on ''the business of selling condos.'' But he runs things differently, he said.";
    expect(indirect(text)).toContainEqual({ content: ['But he runs things differently'], cue: 'said', source: 'he' });
  });

  it('reads the clause before a trailing attribution that a participle cue follows', () => {
    expect(indirect('The two leaders will meet early next month, the spokesman said, adding, "They have a lot to talk about."')).toContainEqual(
      { content: ['The two leaders will meet early next month'], cue: 'said', source: 'the spokesman' });
  });

  it('reads the clause around or before a belief set off by commas', () => {
    expect(indirect('His influence, they believe, is not going away.')).toEqual([
      { content: ['His influence', 'is not going away'], cue: 'believe', source: 'they' },
    ]);
    expect(indirect('A loss in Ohio could sink the campaign, party strategists fear.')).toEqual([
      { content: ['A loss in Ohio could sink the campaign'], cue: 'fear', source: 'party strategists' },
    ]);
  });

  it('leaves a belief with only a scene before it unread', () => {
    expect(indirect('On the economic front, the governor hopes.')).toEqual([]);
  });

  it('keeps a speech report that sits between the parts of a quotation', () => {
    const text = '“I have never voted before,” said Dana Ruiz, 31, who said the senator is best placed to win. “It is time.”';
    expect(indirect(text)).toContainEqual({ content: ['the senator is best placed to win'], cue: 'said', source: 'who' });
  });
});

describe('reported clauses: wishes, memories and object cues found in the long tail of PolNeAR', () => {
  it('reads `would like` and `’d love` as intentions with an infinitive', () => {
    expect(indirect('The county board would like to reopen the rail depot before winter.')).toEqual([
      { content: ['to reopen the rail depot before winter'], cue: 'would like', source: 'The county board' },
    ]);
    expect(indirect('She’d love to see the old mill turned into housing.')[0]).toMatchObject({ content: ['to see the old mill turned into housing'], source: 'She' });
  });

  it('reads `remembered that` as a belief with its clause', () => {
    expect(indirect('Ms. Okafor remembered that the plant had closed twice before.')).toEqual([
      { content: ['that the plant had closed twice before'], cue: 'remembered', source: 'Ms. Okafor' },
    ]);
  });

  it('reads the object of `chided` and `referenced` as content', () => {
    expect(indirect('The governor chided lawmakers for the delay in passing the budget.')[0]).toMatchObject({ content: ['lawmakers for the delay in passing the budget'], cue: 'chided', source: 'The governor' });
    // The tagger reads `referenced` as an adjective; a subject pronoun before it settles the verb.
    expect(indirect('She referenced the closing of three rural hospitals.')[0]).toMatchObject({ content: ['the closing of three rural hospitals'], cue: 'referenced', source: 'She' });
  });
});

describe('reported clauses: a that-frame attribution set off by commas', () => {
  it('reads the clause before it when the words after are not a clause it reports', () => {
    expect(indirect('Some of the wealthiest donors are paying for a series of attacks on Mr. Trump, disclosures filed on Sunday night revealed, even after backing rival candidates.')).toContainEqual(
      { content: ['Some of the wealthiest donors are paying for a series of attacks on Mr. Trump'], cue: 'revealed', source: 'disclosures filed on Sunday night' });
  });

  it('adds the predicate that goes on after it', () => {
    expect(indirect('He had no known political affiliations, the airline added, and had passed all background security checks.')).toContainEqual(
      { content: ['He had no known political affiliations', 'and had passed all background security checks'], cue: 'added', source: 'the airline' });
  });

  it('takes only the relative word before it as the subject half', () => {
    expect(indirect('Mr. Sanders is counting on his supporters to win Iowa, which, his advisers believe, would lead to an explosion in fund-raising.')).toContainEqual(
      { content: ['which', 'would lead to an explosion in fund-raising'], cue: 'believe', source: 'his advisers' });
  });
});

describe('reported clauses: a gerund object', () => {
  it('reads the gerund right after a that-frame cue of its own subject', () => {
    expect(indirect('Philadelphia is considering issuing summonses to marchers blocking highways.')).toEqual([
      { content: ['issuing summonses to marchers blocking highways'], cue: 'is considering', source: 'Philadelphia' },
    ]);
  });

  it('leaves a gerund going on from the main clause after a set-off attribution', () => {
    expect(indirect('A win there would undermine the notion of her inevitability, his team believes, resulting in a rethinking of the race.')).toContainEqual(
      { content: ['A win there would undermine the notion of her inevitability'], cue: 'believes', source: 'his team' });
  });
});
