import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { findCues } from '../../../src/core/cues/cues.js';
import { en } from '../../../src/locales/en/index.js';
import { scanMarks } from '../../../src/core/marks/marks.js';
import { chainMarks, tokensInsideQuotes } from '../../../src/core/quotes/quote-chains.js';

function cues(text: string) {
  return findCues(readDocument(text), en).map((c) => ({ text: text.slice(c.start, c.end), lemma: c.lemma }));
}

describe('findCues', () => {
  it.each([
    ['The prime minister said the talks had failed.', 'said', 'say'],
    ['The company says profits will rise.', 'says', 'say'],
    ['Saying the deal was dead, the union walked out.', 'Saying', 'say'],
    ['Ms Patel told the BBC the scheme would be scrapped.', 'told', 'tell'],
    ['Mr Smith warned that prices could double.', 'warned', 'warn'],
    ['Analysts predicted a sharp fall in exports.', 'predicted', 'predict'],
    ['The firm claimed it had done nothing wrong.', 'claimed', 'claim'],
    ['The judge noted that the defendant had shown remorse.', 'noted', 'note'],
    ['In his memoir, Mr Major wrote that the party was divided.', 'wrote', 'write'],
  ])('finds the inflected verb in %s', (text, cue, lemma) => {
    expect(cues(text)).toContainEqual({ text: cue, lemma });
  });

  it.each([
    ['Prices will rise next year, according to the Bank of England.', 'according to'],
    ['A spokesman for Sony told reporters the console would ship in March.', 'told reporters'],
    ['Mr Brown pointed out that growth had slowed.', 'pointed out'],
    ['The report goes on to say that the scheme was badly run.', 'goes on to say'],
    ['The minister went on to say that nothing would change.', 'went on to say'],
  ])('finds the multiword cue in %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toContain(cue);
  });

  it('includes auxiliaries and adverbs before the verb and a colon right after, as PolNeAR does', () => {
    expect(cues('Mr Blair has also said: “We will win.”').map((c) => c.text)).toEqual(['has also said:']);
  });

  it('reads a cue form the tagger takes for a noun as the verb after a record or poll', () => {
    expect(cues('New campaign filings show it has less than $2 million on hand.').map((c) => c.text)).toEqual(['show']);
    expect(cues('Exit polls show two-thirds of voters back the ban.').map((c) => c.text)).toEqual(['show']);
  });

  it('does not read nouns as cues', () => {
    expect(cues('The claims in the report were false. Her notes were lost.').map((c) => c.text)).toEqual([]);
  });

  it('reads a capitalised cue form before a speech verb inside the sentence as a name', () => {
    expect(cues('“The deal works for both sides,” Read said.').map((c) => c.text)).toEqual(['said']);
    expect(cues('Read the fine print, she said.').map((c) => c.text)).toContain('Read');
  });

  it('reads a base form after an indefinite article as a noun even when tagged as a verb', () => {
    expect(cues('Hillary Clinton immediately posted a Twitter comment of her own, saying she was thrilled.').map((c) => c.lemma))
      .toEqual(['post', 'say']);
    expect(cues('A Republican said the plan would fail.').map((c) => c.text)).toEqual(['said']);
  });
});

describe('findCues: criticism, intention and object cues', () => {
  it.each([
    ['Palmieri accused Sanders of taking cues from Republicans.', 'accused', 'accuse'],
    ['The senator urged Congress to act before the recess.', 'urged', 'urge'],
    ['The NAACP called for a moratorium on charter schools.', 'called for', 'call for'],
    ['Palmieri called on Trump to stop attacking Machado.', 'called on', 'call on'],
    ['Sanders aides declined to confirm the buys.', 'declined', 'decline'],
    ['Clinton wants to sign up 5 million people.', 'wants', 'want'],
    ['She cited the September visit to the United Nations.', 'cited', 'cite'],
  ])('finds %s', (text, cue, lemma) => {
    expect(cues(text)).toContainEqual({ text: cue, lemma });
  });

  it('gives intention verbs the to-infinitive frame and criticism verbs the object frame', () => {
    const found = findCues(readDocument('Mr Lee plans to run again and criticized the board.'), en);
    expect(found.map((c) => [c.lemma, c.type, c.frame])).toEqual([['plan', 'intention', 'to'], ['criticize', 'speech', 'object']]);
  });

  it('does not read a cue word inside a hyphenated modifier', () => {
    expect(cues('The so-called plan was dropped in March.').map((c) => c.text)).toEqual([]);
    expect(cues('A self-described socialist won the seat.').map((c) => c.text)).toEqual([]);
  });

  it('does not read a cue in an unquoted question', () => {
    expect(cues('Does he really think the plan will work?').map((c) => c.text)).toEqual([]);
    expect(cues('Why did the minister say the plan would work?').map((c) => c.text)).toEqual([]);
  });

  it('still reads the cue of a quoted question', () => {
    expect(cues('“Is the plan dead?” the reporter asked.').map((c) => c.text)).toEqual(['asked']);
  });
});

describe('findCues: a base form the tagger reads as a noun after a plural subject', () => {
  it('finds `show` after `polls` and `records` before a name or an adjective', () => {
    expect(cues('Recent polls show Clinton with a double-digit lead.').map((c) => c.lemma)).toEqual(['show']);
    expect(cues('Public records show little evidence that Trump made good on those promises.').map((c) => c.lemma)).toEqual(['show']);
  });

  it('does not read a compound noun as the verb', () => {
    expect(cues('The news show host interviewed him.').map((c) => c.lemma)).toEqual([]);
  });
});

describe('findCues: a cue verb the tagger read as a noun after its subject', () => {
  it.each([
    ['Nearly eight out of 10 say they expect to change jobs within five years.', 'say'],
    ['Most of the donations came from out of state, campaign filings show.', 'show'],
    ['Her allies fear they will lose the seat in November.', 'fear'],
    ['The research group notes it has no position on the bill.', 'notes'],
  ])('reads it as the verb in %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toContain(cue);
  });

  it('keeps the noun when no clause follows it', () => {
    expect(cues('The campaign notes were leaked to the press.').map((c) => c.text)).not.toContain('notes');
    expect(cues('The senator fears for the future of the program.').map((c) => c.text)).not.toContain('fears');
  });
});

describe('findCues: criticism and comparison verbs found in news attributions', () => {
  it.each([
    ['The governor assailed the new tax plan on Monday.', 'assailed'],
    ['Party elders hailed the deal as a turning point.', 'hailed'],
    ['The senator likened the proposal to a blank check.', 'likened'],
    ['Critics have dubbed the measure a tax on the poor.', 'have dubbed'],
    ['The mayor bemoaned the lack of money for schools.', 'bemoaned'],
    ['Some analysts speculated the company would sell its stake.', 'speculated'],
  ])('finds the cue in %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toContain(cue);
  });
});

describe('findCues: verbs found among the cues of missed PolNeAR attributions', () => {
  it.each([
    ['Clinton has cast herself as the heir to the Obama coalition.', 'has cast'],
    ['The campaign attributed the narrow loss to the weather.', 'attributed'],
    ['The secretary downplayed the threat from the new missiles.', 'downplayed'],
    ['The governor rebuffed calls for a special session.', 'rebuffed'],
    ['Sanders envisions a single-payer system run by the states.', 'envisions'],
    ['The senator reaffirmed his support for the trade deal.', 'reaffirmed'],
    ['The committee requested the emails from the State Department.', 'requested'],
    ['Trump congratulated Cruz on his win in Iowa.', 'congratulated'],
    ['Several donors voiced concern about the convention.', 'voiced'],
    ['Supporters heralded the ruling as a victory for workers.', 'heralded'],
    ['Aides interpreted the silence as a sign that he would run.', 'interpreted'],
    ['The senator rebuked the president for his remarks on trade.', 'rebuked'],
    ['Cruz disavowed the super PAC ad attacking Carson.', 'disavowed'],
    ['Republicans characterized the deal as a surrender.', 'characterized'],
    ['Clinton alluded to the scandal in her speech.', 'alluded to'],
    ['Her spokesman later clarified that she would not attend.', 'later clarified'],
    ['The governor is mulling a run for the Senate.', 'is mulling'],
    ['Aides suspect that the leak came from the campaign itself.', 'suspect'],
    ['Few analysts anticipated that the race would tighten so quickly.', 'anticipated'],
    ['The inspectors discovered that the emails had been deleted.', 'discovered'],
    ['Officials were informed that the vote would be delayed.', 'were informed'],
    ['Her aides replied that the senator had never seen the memo.', 'replied'],
    ['The governor assured donors that the campaign had enough money.', 'assured'],
    ['The columnist mocked the presidential ambitions of three hopefuls.', 'mocked'],
    ['Rubio countered that the bill would never pass the House.', 'countered'],
    ['Democrats painted the nominee as a friend of Wall Street.', 'painted'],
    ['Her campaign framed the race as a choice between two futures.', 'framed'],
    ['Trump knocked Bush for his low energy in the debate.', 'knocked'],
    ['The senator laid out a plan to cut the deficit in half.', 'laid out'],
    ['He ticked off a list of grievances against the party.', 'ticked off'],
  ])('finds the cue in %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toContain(cue);
  });
});

describe('findCues: a progressive cue the tagger read as an adjective before an infinitive', () => {
  it.each([
    ['The governor is promising to cut property taxes by a fifth.', 'is promising'],
    ['She toured the mill towns, promising to bring new plants to the valley.', 'promising'],
  ])('reads it as the verb in %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toContain(cue);
  });

  it('keeps the adjective before a noun or a `to` with no verb after it', () => {
    expect(cues('The club signed two promising young players.').map((c) => c.lemma)).toEqual([]);
    expect(cues('The early results looked promising to the campaign.').map((c) => c.lemma)).toEqual([]);
  });

  it('does not read `show up` or `show off` as the cue `show`', () => {
    expect(cues('Hundreds more showed up to hear Stein address demonstrators.').map((c) => c.lemma)).not.toContain('show');
    expect(cues('She was showing off the hat his campaign had given her.').map((c) => c.lemma)).not.toContain('show');
    expect(cues('The new poll shows Clinton up four points in Ohio.').map((c) => c.text)).toEqual(['shows']);
  });

  it('does not read `find` with a reflexive or `its way`, or `claim` with `victory`, as a cue', () => {
    expect(cues('He once again found himself embroiled in controversy.').map((c) => c.lemma)).not.toContain('find');
    expect(cues('A new influx of refugees finds its way to the city.').map((c) => c.lemma)).not.toContain('find');
    expect(cues('Sanders claimed victory in Michigan on Tuesday night.').map((c) => c.lemma)).not.toContain('claim');
    expect(cues('A Quinnipiac poll found that Clinton would beat Trump.').map((c) => c.text)).toEqual(['found']);
    expect(cues('The campaign claimed the rally drew 20,000 people.').map((c) => c.text)).toEqual(['claimed']);
  });

  it('does not read an infinitive or passive `find` as a cue', () => {
    expect(cues('He was unable to find a single taker for the plan.').map((c) => c.lemma)).not.toContain('find');
    expect(cues('More savings can be found in the budget.').map((c) => c.lemma)).not.toContain('find');
    expect(cues('The survey also finds that voters want change.').map((c) => c.lemma)).toContain('find');
  });
});

describe('findCues with the tokens inside quotations', () => {
  /** The cues assembleQuotes keeps (none starting inside a quotation), found with and without
   *  the quotations passed over. */
  function kept(text: string): { all: string[]; passed: string[] } {
    const doc = readDocument(text);
    const inside = tokensInsideQuotes(doc.tokens.length, chainMarks(scanMarks(text, doc.paragraphs, { pairs: en.marks, apostrophes: en.apostrophes }), doc.tokens));
    const show = (found: ReturnType<typeof findCues>) => found.filter((c) => !inside[c.first]).map((c) => text.slice(c.start, c.end));
    return { all: show(findCues(doc, en)), passed: show(findCues(doc, en, inside)) };
  }

  it.each([
    ['"We will not say that we have lost the vote in the end," the minister said.', ['said']],
    ['Officials said the plan "would go on" to say nothing of the cost, and Smith said so.', ['said', 'say', 'said']],
    ['"A," he said. "B, C, D, E, F, G, H said." Then she added that it was over.', ['said', 'added']],
    ['She "has also said" it twice, he noted.', ['noted']],
    // A quotation left open at its paragraph's end, where a phrase opening inside it runs on into
    // the next paragraph: the quotation is read through, and the phrase keeps the words after it.
    ['She said: "We will not stop now and we will go on\nto say so, in every town," he said.', ['said:', 'said']],
    ['The mayor said: "It was reportedly\ntold to the council," aides said.', ['said:', 'told', 'said']],
  ])('finds the same cues outside quotations in %s', (text, expected) => {
    const { all, passed } = kept(text);
    expect(passed).toEqual(all);
    expect(all).toEqual(expected);
  });
});
