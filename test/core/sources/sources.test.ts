import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { findCues } from '../../../src/core/cues/cues.js';
import { findSources } from '../../../src/core/sources/sources.js';
import { en } from '../../../src/locales/en/index.js';

function sourceOf(text: string): string | null {
  const doc = readDocument(text);
  const cues = findCues(doc, en);
  const [link] = findSources(doc, cues, en);
  return link ? text.slice(link.mention.start, link.mention.end) : null;
}

describe('findSources', () => {
  it.each([
    ['Mr Blair said the war was justified.', 'Mr Blair'],
    ['“We will appeal,” he said.', 'he'],
    ['“We will appeal,” said Jane Roe.', 'Jane Roe'],
    ['A spokesman for Sony said the console would ship in March.', 'A spokesman for Sony'],
    ['Jane Roe, a professor of economics at the University of Leeds in England, said: “The figures are grim.”', 'Jane Roe, a professor of economics at the University of Leeds in England,'],
    ['The Guardian reported that the deal had collapsed.', 'The Guardian'],
    ['Prices will rise, according to officials.', 'officials'],
    ['“It is over,” said Douglas Holtz-Eakin, a former budget director.', 'Douglas Holtz-Eakin, a former budget director'],
    ['The nonpartisan Commission on Presidential Debates says there was a problem.', 'The nonpartisan Commission on Presidential Debates'],
    ['On Monday the company said profits had doubled.', 'the company'],
    // A plural's possessive apostrophe (a PUNCT token) stays inside the inverted subject's apposition.
    ['“We will appeal,” said Jane Roe, the veterans’ lawyer.', 'Jane Roe, the veterans’ lawyer'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('does not take the reported clause for an inverted subject', () => {
    expect(sourceOf('Jane Roe, a professor, said the plan would fail.')).toBe('Jane Roe, a professor,');
  });

  // PolNeAR marks the whole subject as written: name, apposition and the comma that closes it.
  it('keeps the apposition and its closing comma in a source before the cue', () => {
    expect(sourceOf('Brian Fallon, the campaign’s press secretary, noted that the campaign faced a crossroads in May.')).toBe('Brian Fallon, the campaign’s press secretary,');
  });

  it('keeps the apposition of an inverted source, with its closing comma, up to the clause that follows it', () => {
    expect(sourceOf('“There should be common ground,” said Josh Earnest, the White House press secretary, echoing comments made earlier by President Obama.')).toBe('Josh Earnest, the White House press secretary,');
  });

  it('reads a capitalised given name the tagger took for a verb as part of the name', () => {
    expect(sourceOf('“It is still not a politically accepted point,” said Josh Bivens, research and policy director of the progressive Economic Policy Institute.'))
      .toBe('Josh Bivens, research and policy director of the progressive Economic Policy Institute');
  });

  it('keeps a party-and-state parenthetical with the name and survives the full stop inside it', () => {
    expect(sourceOf('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was “100 percent committed.”'))
      .toBe('Rep. Elijah Cummings (D-Md.), chair of the Platform Committee,');
  });

  it('keeps the party tag and apposition of an inverted source', () => {
    expect(sourceOf('“If indeed Barack Obama is not intelligent, then none of us are,” added Rep. Jim Clyburn (D-Texas), the assistant leader of the Democratic caucus.'))
      .toBe('Rep. Jim Clyburn (D-Texas), the assistant leader of the Democratic caucus');
  });

  it('takes the name between commas when the phrase before them is an adjunct', () => {
    expect(sourceOf('After winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”'))
      .toBe('Gov. John Kasich (R-OH)');
  });

  it('looks past a parenthetical adverb between the subject and the cue', () => {
    expect(sourceOf('The senator, however, said that the bill would pass.')).toBe('The senator');
  });

  it('reads past a sentence end wink-nlp puts after an abbreviation in a party tag', () => {
    expect(sourceOfCue('“We cannot have people come here and deny the right under the Constitution,” Rep. John Mica (R-Fla.) said. “If you continue that, you destroy the whole basis.”', 'said'))
      .toBe('Rep. John Mica (R-Fla.)');
  });

  it('never takes a day or a year after the verb for an inverted subject', () => {
    expect(sourceOf('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.'))
      .toBe('Senate Majority Leader Mitch McConnell, R-Ky.,');
    expect(sourceOf('“The hearing is over,” said Friday.')).toBeNull();
  });

  it('skips a date adjunct between the subject and the cue', () => {
    expect(sourceOf('McConnell, now the Senate majority leader, who in 2010 said the GOP’s goal was to make Obama a “one-term president.”')).toBe('who');
    expect(sourceOf('Clinton on Tuesday said the plan would cut taxes for working families.')).toBe('Clinton');
  });

  it('takes the outermost name of stacked appositions', () => {
    expect(sourceOf('“It’s an invasion of the state regulatory domain,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA, said at a Washington event.'))
      .toBe('Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the EPA,');
  });

  it('keeps a plural possessive inside an apposition', () => {
    expect(sourceOf('Rucker Culpepper, who runs Clinton’s get-out-the-vote effort for military veterans’ families, said, “Trump has been disrespecting our veterans.”'))
      .toBe('Rucker Culpepper, who runs Clinton’s get-out-the-vote effort for military veterans’ families,');
  });
});

/** The source found for the last cue whose text is `cue`. */
function sourceOfCue(text: string, cue: string): string | null {
  const doc = readDocument(text);
  const cues = findCues(doc, en);
  const links = findSources(doc, cues, en);
  const at = cues.findLastIndex((c) => text.slice(c.start, c.end) === cue);
  const link = links[at];
  return link ? text.slice(link.mention.start, link.mention.end) : null;
}

describe('findSources: cues that share the subject of their clause', () => {
  it('does not take a named addressee of a written object for the participle\'s subject', () => {
    expect(sourceOfCue('The governor sent a three-page letter to The Harbor Gazette in May explaining his plan, which would “pay for itself within a decade.”', 'explaining'))
      .toBe('The governor');
  });

  it('does not lend a participle the second of two nouns joined inside an object', () => {
    expect(sourceOfCue('The press officer would not say which candidate the premier preferred, but said there was no phone call or visit planned with the nominee, adding: “If one is proposed we will look at it.”', 'adding:'))
      .toBe('The press officer');
  });

  it('gives a participle after a comma the subject of the main clause, not a place in between', () => {
    expect(sourceOfCue('Hillary Clinton spoke out Tuesday about the death of Terence Crutcher in Tulsa, Oklahoma, arguing that the shootings should be recognized as “intolerable.”', 'arguing'))
      .toBe('Hillary Clinton');
  });

  it('finds the main subject after an opening adjunct, with its apposition', () => {
    expect(sourceOfCue('During a national security speech earlier in the day, Trump attacked Clinton for her support of military action in Libya, saying, "She’s trigger-happy and very unstable."', 'saying'))
      .toBe('Trump');
    expect(sourceOfCue('Dean, a former Democratic National Committee chairman, poked at Trump’s sniffing during the debate, tweeting, “Notice Trump sniffing all the time.”', 'tweeting'))
      .toBe('Dean, a former Democratic National Committee chairman');
  });

  it('takes a hedged number into the subject a participle shares', () => {
    expect(sourceOfCue('About 150 nurses rallied outside the county hospital on Friday, chanting “Safe staffing saves lives.”', 'chanting'))
      .toBe('About 150 nurses');
    expect(sourceOfCue('Nearly 40 parents lined up at the school board meeting, demanding that the district “put students first.”', 'demanding'))
      .toBe('Nearly 40 parents');
  });

  it('reads an -ed word the tagger took for an adjective before a particle and an object as the main verb', () => {
    expect(sourceOfCue('Former Ohio Gov. Ted Strickland rounded out the panel, citing “the cost of doing nothing.”', 'citing'))
      .toBe('Former Ohio Gov. Ted Strickland');
  });

  it('never reads the subject of the participle’s own clause as an inverted source', () => {
    expect(sourceOfCue('Meanwhile, it attacked Trump, saying he “has offended Hispanics, women and former prisoners of war.”', 'saying')).toBe('it');
  });

  it('lends a trailing attribution to the participle that follows it', () => {
    expect(sourceOfCue('The plan will fail, Smith said, adding that it was “a disaster.”', 'adding')).toBe('Smith');
  });

  it('does not lend a relative pronoun or the subject of a that-clause', () => {
    expect(sourceOfCue('Trump was similarly defensive about not paying an architect who said he was stiffed, saying, “Maybe he didn’t do a good job.”', 'saying')).toBe('Trump');
    expect(sourceOfCue('Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "the question is the timing."', 'said'))
      .toBe('Charlotte Mayor Jennifer Roberts');
  });

  it('gives a coordinated verb the subject of the first', () => {
    expect(sourceOfCue('Once, when my mother mentioned the devil to me, I laughed and said, "I don’t believe in the devil."', 'said')).toBe('I');
  });
});

describe('findSources: inverted subjects', () => {
  it('reads a capitalised word the tagger took for a verb right after an inverted cue as a name', () => {
    expect(sourceOfCue('"I can’t vote for Trump," said Concord resident Whit Symms.', 'said')).toBe('Concord resident Whit Symms');
    expect(sourceOfCue('“Having access to the file is valuable,” said Skelly, explaining he worked closely with Chrabaszcz.', 'said')).toBe('Skelly');
  });

  it('takes a hyphenated age and a lone determiner as the subject', () => {
    expect(sourceOfCue('“Donald is, and always has been, an amazing leader,” said the 46-year-old.', 'said')).toBe('the 46-year-old');
    expect(sourceOfCue('"Better watch out for illegal conduct by Grimes," tweeted another.', 'tweeted')).toBe('another');
  });

  it('keeps a relative clause with the inverted subject, and stops at an adverbial clause', () => {
    expect(sourceOfCue('“If I was a donor, I’d want answers,” said a prominent Republican National Committee member who supports Trump, asking for anonymity.', 'said'))
      .toBe('a prominent Republican National Committee member who supports Trump');
    expect(sourceOfCue('"We really can win on Tuesday," said Sanders as he closed out.', 'said')).toBe('Sanders');
  });

  it('finds the subject after a quotation wink-nlp ends as a sentence of its own', () => {
    expect(sourceOfCue('"He’s dangerous to our country!" said Tom Burke, who is coming from Grand Rapids to organize a rally.', 'said')).toBe('Tom Burke');
  });

  it('does not take the reported clause after a complementizer for a subject', () => {
    expect(sourceOfCue('The mayor said that the budget would balance.', 'said')).toBe('The mayor');
  });
});

describe('findSources: a participle after the object of the main verb', () => {
  it('gives the statement to the subject who issued it', () => {
    expect(sourceOfCue('Following a late-afternoon meeting, the Security Council issued a statement calling the test "a clear violation" of its resolutions.', 'calling'))
      .toBe('the Security Council');
    expect(sourceOfCue('The Vermont senator emailed supporters saying: “The struggle continues.”', 'saying:')).toBe('The Vermont senator');
  });

  it('leaves a participle after a named person to that person', () => {
    expect(sourceOfCue('The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”', 'asking')).not.toBe('The ad');
  });
});

describe('findSources: addressees', () => {
  it('never takes the addressee of told for the source', () => {
    expect(sourceOfCue('The figures are grim, Smith told investors.', 'told')).toBe('Smith');
    expect(sourceOfCue('“We will not sell,” told investors the chief executive.', 'told')).toBeNull();
  });

  it('reads the addressee verbs from the locale', () => {
    expect(en.entities?.addresseeVerbs).toEqual(expect.arrayContaining(['tell', 'inform', 'assure']));
    const text = '“The plant stays open,” assured workers the manager.';
    expect(sourceOfCue(text, 'assured')).toBeNull();
  });
});

describe('findSources: parentheticals and hyphenated words', () => {
  it.each([
    ['The lawsuit, which was filed in federal court on Friday, alleged that the party had been careless with data.', 'The lawsuit, which was filed in federal court on Friday,'],
    ['A senior official, speaking on condition of anonymity, said the talks had stalled.', 'A senior official'],
    ['Ellen Shaw, in an attempt to draw attention to the hearings, wrote that the committee had met twice.', 'Ellen Shaw'],
    ['The 43-year-old said the store would reopen in May.', 'The 43-year-old'],
    ['“They will regret this,” the conservative-leaning newspaper wrote.', 'the conservative-leaning newspaper'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('gives a participle after an object and a date the subject of the main clause', () => {
    const doc = 'The town council released a statement Wednesday saying the budget would be balanced.';
    expect(sourceOf(doc)).toBe('The town council');
  });

  it('does not invert a verb after a parenthetical away from a quotation', () => {
    expect(sourceOf('Mayor Ruth Keller, who spent the morning downtown, described the crowds as calm.')).toBe('Mayor Ruth Keller, who spent the morning downtown,');
  });

  it('still inverts a parenthetical attribution that ends at a comma', () => {
    expect(sourceOf('The plan, said Jane Roe, is dead on arrival.')).toBe('Jane Roe');
  });
});

describe('findSources: the main subject a participle cue shares', () => {
  it.each([
    // A date adjunct between the subject and its verb.
    ['Senator Ann Hale on Tuesday stepped up her attacks on the governor, saying he was “out of touch.”', 'saying', 'Senator Ann Hale'],
    // A prepositional phrase after the subject.
    ['One aide inside the mayor’s office tried to play down the report, saying it was “old news.”', 'saying', 'One aide inside the mayor’s office'],
    // A participle parenthetical between commas.
    ['Mayor Tom Reyes, celebrating a victory in the runoff in his home district, is pledging to “fix every pothole” by spring.', 'is pledging', 'Mayor Tom Reyes'],
    // A sentence adverb before a subject pronoun.
    ['Then he turned on his rival, calling him “a career politician.”', 'calling', 'he'],
  ])('finds the subject in %s', (text, cue, source) => {
    expect(sourceOfCue(text, cue)).toBe(source);
  });

  it('does not read a subordinate clause opening the sentence as the main subject', () => {
    const text = 'When my brother mentioned the election at dinner, I laughed and said, “Nobody votes anymore.”';
    expect(sourceOfCue(text, 'said')).toBe('I');
  });
});

describe('findSources: appositions and heads the tagger misreads', () => {
  it.each([
    ['Hicks, his campaign spokeswoman, added that the claims were “false.”', 'Hicks, his campaign spokeswoman,'],
    ['Acme’s brief said the ruling was “deeply flawed.”', 'Acme’s brief'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});

describe('findSources: indefinite subjects and inverted subjects with modifiers', () => {
  it.each([
    ['Fans waved flags. Some chanted “Four more years!” as the bus left.', 'Some'],
    ['Yet another said, “The plan will never pass.”', 'another'],
    ['“Stop the cuts!” read one.', 'one'],
    ['“The numbers are brutal,” said a person close to the governor.', 'a person close to the governor'],
    ['“We were misled,” said one owner of a bakery that closed last year.', 'one owner of a bakery that closed last year'],
    ['“We were never consulted,” wrote a user from Leeds going by the handle Marlowe.', 'a user from Leeds going by the handle Marlowe'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('keeps an indefinite that determines a noun inside its phrase', () => {
    expect(sourceOf('Some officials said the plan was “unworkable.”')).toBe('Some officials');
  });
});

describe('findSources: particles, modals misread as names, dates after an inverted cue', () => {
  it('gives a participle after a verb with its particle and object the main subject', () => {
    expect(sourceOfCue('The Lee campaign sent out a press release saying the senator was “the only one who can win.”', 'saying')).toBe('The Lee campaign');
    expect(sourceOfCue('Her campaign sent a text message to supporters saying the race was “far from over.”', 'saying')).toBe('Her campaign');
  });

  it('reads a capitalised modal before a past-tense verb as the name of the subject', () => {
    expect(sourceOfCue('Will described the senator as “a man out of his depth.”', 'Will described')).toBe('Will');
    expect(sourceOfCue('In his Sunday column, Will wrote, “The party has lost its way.”', 'Will wrote')).toBe('Will');
  });

  it('keeps a capitalised modal before a bare verb a modal', () => {
    expect(sourceOfCue('Will say it again: “We are not leaving.”', 'Will say')).not.toBe('Will');
  });

  it('keeps a quoted nickname inside a name, with the apposition around it', () => {
    expect(sourceOf('State Sen. Robert “Bobby” Lane told reporters the bill was “dead on arrival.”')).toBe('State Sen. Robert “Bobby” Lane');
    expect(sourceOfCue('Her cousin, Del. Joan "Jo" Hart (D-Richmond), shouted, "We are not done yet."', 'shouted'))
      .toBe('Her cousin, Del. Joan "Jo" Hart (D-Richmond),');
  });

  it('does not take a date and place after the verb for an inverted subject', () => {
    expect(sourceOf('Sen. Ann Hale (D-Vt.) said Sunday in Burlington, Vermont, that turnout “will decide the race.”')).toBe('Sen. Ann Hale (D-Vt.)');
  });
});

describe('findSources: subjects the tagger blurs, possessors of statement nouns', () => {
  it('stops a subject at a past tense the tagger read as an adjective, so the participle finds it', () => {
    expect(sourceOfCue('Hale needled the network “reporter,” saying, “A reporter who posts on command!”', 'saying')).toBe('Hale');
    expect(sourceOfCue('Ortiz belittled the matter of the unpaid invoices, calling it a "clerical slip."', 'calling')).toBe('Ortiz');
  });

  it('reads a bare number before the cue as the subject, not a date adjunct', () => {
    expect(sourceOf('“You have invented a new standard out of thin air,” the two write.')).toBe('the two');
    expect(sourceOf('The senator in 2014 said the program was “a failure.”')).toBe('The senator');
  });

  it('keeps a participle between a determiner and a noun inside an inverted subject', () => {
    expect(sourceOfCue('“Nobody has shown any data on that,” said one unaligned Ohio Democratic strategist.', 'said')).toBe('one unaligned Ohio Democratic strategist');
    expect(sourceOf('“Please back this slate,” said the printed campaign card.')).toBe('the printed campaign card');
  });

  it('gives the name after a naming participle to the subject of the clause, not to the thing named', () => {
    expect(sourceOfCue('On pensions, both candidates reject an indexing formula called the "chained CPI" that would trim payments.', 'called')).toBe('both candidates');
    expect(sourceOfCue('Three months before the primary, her campaign paid to air a short film called "Our Families" on Spanish-language television.', 'called')).toBe('her campaign');
  });

  it('keeps `called` with its own subject when the object comes before the quotation', () => {
    expect(sourceOfCue('Marlow in his opening speech called the new tariffs “a tax on every family.”', 'called')).toBe('Marlow in his opening speech');
  });

  it('looks past a participle or relative clause that modifies the subject for the subject itself', () => {
    expect(sourceOfCue('A second police source speaking to CNN said, “The suspects had been watched for months.”', 'said')).toBe('A second police source');
    expect(sourceOfCue('Even so, a State Department official who asked for anonymity to discuss internal planning said Monday, "The talks will go on."', 'said')).toBe('a State Department official');
    expect(sourceOfCue('A letter from the veterans group obtained by Reuters warns that “any further use will go to court.”', 'warns')).toBe('A letter from the veterans group');
  });

  it('keeps a subject after a subordinator or a possessor owning the cue', () => {
    expect(sourceOfCue('The video surfaced as officials praised the protests for staying “largely peaceful.”', 'praised')).toBe('officials');
  });

  it('takes a name with its apposition between dashes as the subject', () => {
    expect(sourceOf('Maria Lott — a nurse from Rock Hill — says she decided late, and that the endorsement was “a big deal.”')).toBe('Maria Lott — a nurse from Rock Hill —');
  });

  it('joins an intensive reflexive to the name it stresses', () => {
    expect(sourceOf('Walsh himself said Monday that the plan was “dead on arrival.”')).toBe('Walsh himself');
  });

  it('gives a statement noun its possessor as the source', () => {
    expect(sourceOfCue('The senator drew fire this spring over her remark that “the whole agency should be shut down.”', 'remark')).toBe('her');
    expect(sourceOfCue('The union is unlikely to back him after his April comment that, "We will close every mine in the state."', 'comment')).toBe('his');
  });

  it('takes a name after a clause-opening subordinator, with its apposition, as the subject', () => {
    expect(sourceOf('As Dana Whitfield, a historian of labor at Brown and author of a book on strikes, put it, “Nobody wins a long walkout.”')).toBe('Dana Whitfield, a historian of labor at Brown and author of a book on strikes,');
  });

  it('leaves an adjunct after a subordinator out of the subject', () => {
    expect(sourceOf('As part of the settlement, Harold Greer, 52, said that he “regrets the harm.”')).toBe('Harold Greer, 52,');
  });

  it('takes a noun phrase with its participle and date as the subject', () => {
    expect(sourceOf('A union flyer released Monday accuses the mayor of “breaking every promise.”')).toBe('A union flyer released Monday');
    expect(sourceOf('An audit report issued earlier this year found “serious gaps” in oversight.')).toBe('An audit report issued earlier this year');
  });

  it('heads a subject with a gerund after a possessive marker', () => {
    expect(sourceOfCue('Another aide familiar with the governor’s thinking said, “She will not back down.”', 'said')).toBe('Another aide familiar with the governor’s thinking');
  });

  it('reads a name the tagger took for a verb inside an apposition before the cue', () => {
    expect(sourceOfCue('“That program deserves a close look,” the White House spokesman, Josh Earnest, said on Thursday.', 'said')).toBe('the White House spokesman, Josh Earnest,');
  });

  it('reads a surname the tagger took for a verb before a relative clause and the cue', () => {
    expect(sourceOfCue('Oliver Hedge, who appraises golf courses for a brokerage firm, said the industry had recovered.', 'said')).toBe('Oliver Hedge, who appraises golf courses for a brokerage firm,');
  });

  it('keeps an adverb grading an adjective inside the main subject a participle shares', () => {
    expect(sourceOfCue('The famously gruff senator started on Wednesday, showing a softer side on “The View.”', 'showing')).toBe('The famously gruff senator');
  });
});

describe('findSources: poll respondents', () => {
  it.each([
    ['On trade, 42% say the country should raise tariffs.', '42%'],
    ['By wide margins, those surveyed say the minimum wage should rise.', 'those surveyed'],
    ['Those polled said the economy was the top issue.', 'Those polled'],
    ['Most voters said prices were too high, and nine in 10 said they expected them to keep rising.', 'Most voters'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('takes the whole share of `nine in 10 said`, not `in 10` as a date, with its hedge', () => {
    const text = 'Nearly nine in 10 said they expected prices to keep rising.';
    const doc = readDocument(text);
    const [link] = findSources(doc, findCues(doc, en), en);
    expect(link && text.slice(link.mention.start, link.mention.end)).toBe('Nearly nine in 10');
  });
});

describe('findSources: heads the tagger reads as adjectives, and a conjunction between commas', () => {
  it.each([
    ['The self-described democratic socialist said he would win the state.', 'The self-described democratic socialist'],
    ['Murphy, though, said he would back the nominee.', 'Murphy'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('does not take the subject of a passive for a speaker', () => {
    expect(sourceOf('The same could not be said of his rivals.')).toBeNull();
  });

  it('reads a progressive `is seeking` as active, so its misread subject still speaks', () => {
    expect(sourceOf('The non-profit is seeking “bold ideas” for housing autistic adults.')).toBe('The non-profit');
  });

  // PolNeAR gives the words to the relative pronoun itself, as it does right before a cue.
  it('takes a relative pronoun before a parenthetical for the subject of the cue after it', () => {
    expect(sourceOf('It was the editor Dana Ruiz, who, after trading barbs with the host, said the party had become an echo chamber.')).toBe('who');
  });

  it('takes a relative `that` for the subject of a cue that opens a quotation', () => {
    expect(sourceOf('Volunteers handed out paper fans that read, “Stay cool, vote blue.”')).toBe('that');
  });

  it('does not take a relative `that` for a source when no quotation follows the cue', () => {
    expect(sourceOf('It was a report that found wages had stalled.')).not.toBe('that');
  });

  describe('the main subject a participle shares', () => {
    it('is found after a verbless dateline closed by a dash', () => {
      expect(sourceOfCue('Washington (AFP) – Democratic senator Jane Holt has taken aim at her rival’s stance on trade, saying that “loud threats” do more harm than good.', 'saying'))
        .toBe('Democratic senator Jane Holt');
    });

    it('is not looked for after a dash that closes a clause with a verb', () => {
      expect(sourceOfCue('Rather than argue about whether it is fair -- which seems to divide people -- we should study the rules and find a better way.', 'find')).not.toBe('which');
    });

    it('is found after an adverb opening the sentence before a name', () => {
      expect(sourceOfCue('And then Mayor Ortiz went fully on the attack, saying, "Is the council ever going to fund the buses?"', 'saying')).toBe('Mayor Ortiz');
    });

    it('is found past a parenthetical adverb between commas', () => {
      expect(sourceOfCue('She, too, is a cautious pragmatist at odds with the populist mood, cautioning that the vote shows a need for calm.', 'cautioning')).toBe('She');
    });
  });
});
describe('findSources: recall on known cues', () => {
  it.each([
    ['According to the census office, the county grew by a tenth last year.', 'the census office'],
    ['According to the survey, the mayor leads by four points among likely voters.', 'the survey'],
    ['According to Marta Diaz, the hearing was postponed.', 'Marta Diaz'],
  ])('ends an opening `according to` source before the clause after it in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    ['The talks will resume on Monday, a diplomat close to the negotiations said.', 'a diplomat close to the negotiations'],
    ['Officials familiar with the plan said the deal could collapse.', 'Officials familiar with the plan'],
  ])('takes in a postposed adjective and its object in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  describe('a subject with a long or quoted apposition before the cue', () => {
    it('takes a subject whose apposition runs a long relative clause', () => {
      expect(sourceOf('Dan Pryor, a veteran Tampa party operative who ran the field program in the 2008 primary and now oversees the early-vote effort across the state, said the mail program mattered most.'))
        .toBe('Dan Pryor, a veteran Tampa party operative who ran the field program in the 2008 primary and now oversees the early-vote effort across the state,');
    });

    it('looks past a subordinate clause set off by commas, which it leaves out', () => {
      expect(sourceOfCue('Senator Ada Vance, when asked what the rival plan got wrong, responded that its numbers did not add up.', 'responded')).toBe('Senator Ada Vance');
    });

    it('looks past a title quoted inside a participle aside, which it leaves out', () => {
      expect(sourceOf('Delegate Tom Riggs, wearing a straw hat and “Vote Riggs” campaign pins, said the convention had gone badly.'))
        .toBe('Delegate Tom Riggs');
    });

    it('takes a title whose closing marks keep the comma inside them', () => {
      expect(sourceOf("As Mira Patel, professor of law and author of ''The Quiet Court,'' put it, the deal may not come again."))
        .toBe("Mira Patel, professor of law and author of ''The Quiet Court,''");
    });
  });
});

describe('findSources: a progressive cue the tagger read as an adjective', () => {
  it('gives `, promising to…` the subject of the clause it hangs on, not a noun of its object', () => {
    expect(sourceOfCue('The senator rallied union groups in the steel towns, promising to put tariffs on imported pipe.', 'promising'))
      .toBe('The senator');
  });
});

// Asides between a subject and its cue that are no plain noun apposition; PolNeAR keeps them in
// the source as written, except an aside telling where, when or how the subject spoke
// (left-out-asides.ts).
describe('findSources: asides inside the subject', () => {
  it.each([
    // An adverb of time opens an apposition.
    ['Ms. Ortega, then 41, said she was told to hire a more senior deputy.', 'Ms. Ortega, then 41,'],
    ['Mr. Haldane, now a paid cable commentator, has denied that the meeting took place.', 'Mr. Haldane, now a paid cable commentator,'],
    // An aside between dashes that adds others to the subject.
    ['Union leaders — and some factory owners — say that the tariff will cost jobs.', 'Union leaders — and some factory owners —'],
    ['Several speakers at the vigil — including pastors and rabbis — said the loss was hard to bear.', 'Several speakers at the vigil — including pastors and rabbis —'],
    // A reflexive stressing the name before a parenthetical.
    ['The governor himself, as well as his staff, has always maintained that the records were complete.', 'The governor himself, as well as his staff,'],
    // Paired outlet names joined by a slash.
    ['A Gazette/Channel 4 poll of the county released on Monday showed the mayor with a lead.', 'A Gazette/Channel 4 poll of the county released on Monday'],
  ])('finds the source in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // An irregular participle with its preposition, and a graded adjective, set off by commas.
    ['The letter, sent to the board and copied to the mayor, said the deal was "unacceptable."', 'The letter, sent to the board and copied to the mayor,'],
    ['The coach, visibly upset, said the referees had "lost control of the game."', 'The coach, visibly upset,'],
    // An adverb opening a hyphenated modifier inside an inverted subject.
    ['"We will carry the county," said one well-connected organizer.', 'one well-connected organizer'],
  ])('looks past a descriptive aside or modifier in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it.each([
    // A name the tagger reads as a preposition or a verb, right after the quotation it attributes.
    ['"We were the party of big government then," From said.', 'From'],
    ['"He had plenty of supporters here," Blunt, after a long pause, said of the senator.', 'Blunt'],
  ])('takes a misread name after a closing quotation mark in %s', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });

  it('does not take a sentence adverb after a closed quotation for a name', () => {
    expect(sourceOf('"It is over." Meanwhile, the mayor said the vote was close.')).toBe('the mayor');
  });

  it('does not open an apposition at an adverb that is no time word', () => {
    expect(sourceOf('The senator, however, said the bill would pass.')).toBe('The senator');
  });
});

describe('findSources: a coordinated cue after a date adjunct', () => {
  it('gives `but on Tuesday wrote` the subject of the clause it is coordinated with', () => {
    expect(sourceOfCue("The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed with him that Mr. Clinton's past is relevant.", 'wrote'))
      .toBe('The Washington Post columnist Ruth Marcus');
  });
});
