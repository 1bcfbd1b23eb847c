import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { assembleQuotes, type QuoteDraft } from '../../../src/core/quotes/quotes.js';
import { en } from '../../../src/locales/en/index.js';

function quotes(text: string): QuoteDraft[] {
  const drafts = assembleQuotes(readDocument(text), en);
  for (const d of drafts) {
    for (const s of [...d.content, d.cue, d.source]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  return drafts;
}

function brief(d: QuoteDraft) {
  return { kind: d.kind, content: d.content.map((s) => s.text), cue: d.cue?.text ?? null, source: d.source?.text ?? null };
}

describe('assembleQuotes: direct quotations in every convention', () => {
  it.each([
    ['“We will not raise taxes,” the chancellor said.', '“We will not raise taxes,”', 'said', 'the chancellor'],
    ['"We will not raise taxes," the chancellor said.', '"We will not raise taxes,"', 'said', 'the chancellor'],
    ['‘We will not raise taxes,’ the chancellor said.', '‘We will not raise taxes,’', 'said', 'the chancellor'],
    ['“My father told me ‘never trust a banker’ and he was right,” Ms Reeves said.', '“My father told me ‘never trust a banker’ and he was right,”', 'said', 'Ms Reeves'],
    ['«Nous ne céderons pas», the French minister said.', '«Nous ne céderons pas»', 'said', 'the French minister'],
    ['»Wir geben nicht auf«, the German chancellor said.', '»Wir geben nicht auf«', 'said', 'the German chancellor'],
    ['„Wir schaffen das“, Angela Merkel said in 2015.', '„Wir schaffen das“', 'said', 'Angela Merkel'],
    ['‚Das ist nicht gut‘, the coach said.', '‚Das ist nicht gut‘', 'said', 'the coach'],
    ['‹On verra bien›, the mayor said.', '‹On verra bien›', 'said', 'the mayor'],
    ['「我々は負けない」, the Japanese prime minister said.', '「我々は負けない」', 'said', 'the Japanese prime minister'],
    ['『これは始まりだ』, the director said.', '『これは始まりだ』', 'said', 'the director'],
  ])('finds %s', (text, content, cue, source) => {
    expect(quotes(text).map(brief)).toEqual([{ kind: 'direct', content: [content], cue, source }]);
  });

  it('takes the source before a colon and the quotation after it', () => {
    const text = 'Jane Roe, a professor of economics at the University of Leeds in England, said: “The figures are grim.”';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“The figures are grim.”'], cue: 'said:', source: 'Jane Roe, a professor of economics at the University of Leeds in England,' },
    ]);
  });

  it('takes an inverted source after the cue', () => {
    const text = '"The market has turned," said Jane Roe, chief economist at Barclays.';
    expect(quotes(text).map(brief)).toEqual([{ kind: 'direct', content: ['"The market has turned,"'], cue: 'said', source: 'Jane Roe, chief economist at Barclays' }]);
  });

  it('takes a dash and a bare name after a quotation as its cue and source', () => {
    const text = '“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”― Pamela Padilla\n"I will look into it. I don\'t know the status."\n- Hillary Clinton.\nClinton has been looking into it a long time.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”'], cue: '―', source: 'Pamela Padilla' },
      { kind: 'direct', content: ['"I will look into it. I don\'t know the status."'], cue: '-', source: 'Hillary Clinton' },
    ]);
  });

  it('does not read a dash that goes on with a clause as a byline', () => {
    const text = '"It was a long night, and nobody slept." - and then the lights went out in the hall.';
    expect(quotes(text).map(brief)[0]).toMatchObject({ kind: 'direct', cue: null, source: null });
  });

  it('reads a speaker label before a colon in headlines and transcripts', () => {
    const text = 'Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp\n"WALLACE: Let’s start with breaking news on the debate story.\n"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton Camp'], cue: ':', source: 'Pence' },
      { kind: 'direct', content: ['Let’s start with breaking news on the debate story'], cue: ':', source: 'WALLACE' },
      { kind: 'direct', content: ['Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”'], cue: ':', source: 'PENCE' },
    ]);
  });

  it('does not read headings and notes before a colon as speakers', () => {
    const text = 'Editor’s note: This story has been updated to correct the date of the debate.\nThe Latest: Sanders wins Minnesota Democratic caucuses\nFollow AWR Hawkins on Twitter: @AWRHawkins and on Facebook';
    expect(quotes(text).filter((d) => d.cue?.text === ':')).toEqual([]);
  });

  it('does not read a verbless subtitle after a label as a statement, but keeps questions, quoting and capitalised headlines', () => {
    const text = 'Morning Briefing: The final tally in the Senate race\nObama and Putin: A cold and distant partnership;\nQ: Tax cuts, right? Spending cuts?\nWarren: Time for ‘serious reform’ of campaign finance\nGraham: Rubio Ready for a ‘Long, Hard Fight’ in Florida';
    expect(quotes(text).filter((d) => d.cue?.text === ':').map((d) => d.source?.text)).toEqual(['Q', 'Warren', 'Graham']);
  });

  it('reads a short label line standing alone in the body as a section heading, but keeps short turns among turns', () => {
    const guide = 'Here is what each candidate needs on Tuesday.\nMorales: Hold the suburbs.\nGov. Maria Morales leads every poll in the state and needs only a modest turnout.\nPeterson: Stay in the race.\nPeterson has trailed since January and is short of money.';
    expect(quotes(guide).filter((d) => d.cue?.text === ':')).toEqual([]);
    const transcript = 'The interview has been edited.\nQ: Will you run again?\nA: Ask me in a year.\nQ: Why wait so long?\nA: Because the party has to heal first, and so do I.';
    expect(quotes(transcript).filter((d) => d.cue?.text === ':').map((d) => d.content[0]!.text)).toEqual(['Will you run again?', 'Why wait so long?']);
  });

  it('does not read a roster of names under a place heading as a statement', () => {
    const text = 'The panel includes party officials and strategists from each early state:\nOhio: Mary Donnelly, Carl Jensen, Rita Okafor, Sam Whitfield, Jo Tanaka\nMaine: Ben Ortiz said the race is far from settled.';
    expect(quotes(text).filter((d) => d.cue?.text === ':').map(brief)).toEqual([
      { kind: 'direct', content: ['Ben Ortiz said the race is far from settled'], cue: ':', source: 'Maine' },
    ]);
  });

  it('drops a short quoted phrase standing as its own paragraph with no attribution (a subheading)', () => {
    const text = 'The governor spent the week touring flooded towns.\n‘A long road back.’\nRepairs to the bridges could take two years, engineers estimate.';
    expect(quotes(text).some((d) => d.content.some((c) => c.text.includes('long road')))).toBe(false);
  });

  it('drops a quoted subheading set between a news agency\'s dashes', () => {
    const text = 'The governor spent the week touring flooded towns.\n\n– ‘Who pays now?’ –.\n\nRepairs to the bridges could take two years, engineers estimate.';
    expect(quotes(text).some((d) => d.content.some((c) => c.text.includes('Who pays')))).toBe(false);
  });

  it('drops a headline in a digest of links whose comma closes it before the byline', () => {
    const text = 'WEEKEND READS:\n—"Harbor ferry service will expand to the outer islands," by the Herald\'s Nora Quinn: http://example.com/ferry\n—"We will not stop building," the mayor said.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['"We will not stop building,"'], cue: 'said', source: 'the mayor' },
    ]);
  });

  it('drops a digest headline together with the excerpt quoted after its byline', () => {
    const text = 'CITY DESK:\n\nON THE WATERFRONT—"Harbor ferry service will expand to the outer islands," by the Herald\'s Nora Quinn: "The ferry line, which lost money for a decade, will add four boats next spring." http://example.com/ferry\n\n—"We will not stop building," the mayor said.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['"We will not stop building,"'], cue: 'said', source: 'the mayor' },
    ]);
  });

  it('takes no words from a title a work noun names, even with a verb of a named subject before it', () => {
    const text = 'Since leaving office, Hartley opened a bakery and acted in the cable movie “Tornado Alley 2: Back Again!” Her memoir comes out next spring.';
    expect(quotes(text)).toEqual([]);
  });

  it('does not let a cue before a title a work noun names take the title as words spoken', () => {
    const text = 'The fund lost half its value in a single year, according to her memoir “Counting the Cost,” which sold well.\nA theatre troupe in Lima is staging a play called "The Candidate\'s Sons," to packed houses.';
    expect(quotes(text).filter((d) => d.content.some((s) => /Counting|Sons/.test(s.text) && s.text.length < 24)).map(brief)).toEqual([]);
  });

  it('gives a participle or coordinated cue of a direct quotation the subject of its sentence', () => {
    const text = 'Former Secretary of State Madeleine Albright recently urged women to vote for Hillary Clinton, saying, “There’s a special place in hell for women who don’t help each other.”\nThe president noted that he taught constitutional law, and added: “I know a little about this.”';
    const direct = quotes(text).filter((d) => d.kind === 'direct').map(brief);
    expect(direct).toEqual([
      { kind: 'direct', content: ['“There’s a special place in hell for women who don’t help each other.”'], cue: 'saying', source: 'Former Secretary of State Madeleine Albright' },
      { kind: 'direct', content: ['“I know a little about this.”'], cue: 'added:', source: 'The president' },
    ]);
  });

  it('attributes a short quoted fragment to the subject of the verb right before it', () => {
    const text = 'Former President Bill Clinton criticized the Affordable Care Act as a “crazy system” on Monday.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'mixed', content: ['the Affordable Care Act as a “crazy system”'], cue: 'criticized', source: 'Former President Bill Clinton' },
    ]);
  });

  it('leaves scare quotes and titles with no framing verb alone', () => {
    expect(quotes('The “reform” package was a “disaster” for the party. Tickets for the film “Heat” sold out.')).toEqual([]);
  });

  it('does not read apostrophes as quotation marks', () => {
    const text = 'Blair’s aides don’t think the ’90s revival of rock ’n’ roll helped the students’ union, the paper said.';
    expect(quotes(text).every((d) => d.kind === 'indirect')).toBe(true);
  });

  it('attributes a quotation to a cue closing the previous paragraph', () => {
    const text = 'In a speech in Ohio, Mr Trump said:\n"We are going to win so much that you will get tired of winning."';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['"We are going to win so much that you will get tired of winning."'], cue: 'said:', source: 'Mr Trump' },
    ]);
  });
});

describe('assembleQuotes: cues that frame only quotations', () => {
  it.each([
    ['"Did you shoot him? He better not be dead," she yells.', 'yells', 'she'],
    ['"What curfew?" protesters chanted.', 'chanted', 'protesters'],
    ['“Our children are thriving in charter schools,” the letter reads.', 'reads', 'the letter'],
    ['"Nobody asked for this," Senator Claire McCaskill scolded.', 'scolded', 'Senator Claire McCaskill'],
  ])('%s', (text, cue, source) => {
    const [q] = quotes(text);
    expect({ cue: q!.cue?.text, source: q!.source?.text }).toEqual({ cue, source });
  });

  it('does not read a quoted title after one of them as a quotation', () => {
    const text = 'She read "Moby Dick" twice last summer.';
    expect(quotes(text)).toEqual([]);
  });
});

describe('assembleQuotes: a quotation that does not open its clause', () => {
  it('joins the clause with a fragment and the quotation after the attribution', () => {
    const text = 'The summit accomplished "too little," he added. "Without changing policies on the economy and immigration, Europe risks a lot."';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'mixed', content: ['The summit accomplished "too little,"', '"Without changing policies on the economy and immigration, Europe risks a lot."'], cue: 'added', source: 'he' },
    ]);
  });

  it('goes on into the clause the attribution reports after it', () => {
    const text = 'Mills "got an immunity agreement," Jordan said, and still "got to sit in on the interview when she was being questioned."';
    const [q] = quotes(text).map(brief);
    expect(q).toMatchObject({ content: ['Mills "got an immunity agreement,"', expect.stringContaining('"got to sit in on the interview')], cue: 'said', source: 'Jordan' });
  });

  it('gives the attribution after a quotation framed by an earlier cue to the next quotation', () => {
    const text = 'Sen. Claire McCaskill scolded him: “The scientific community is against you on the three products you called ‘miracles,’” she said. “When you call a product a miracle, I don’t understand why you need to go there.”';
    expect(quotes(text).map((q) => [q.cue?.text, q.source?.text])).toEqual([['scolded', 'Sen. Claire McCaskill'], ['said', 'she']]);
  });

  it('does not give a later quotation an attribution that a new sentence separates from it', () => {
    const text = 'Sen. Claire McCaskill scolded him: “You called them miracles,” she said in the hearing on Tuesday. Then the chair turned to the next witness, who said nothing. “It was a long day.”';
    expect(quotes(text).find((q) => q.content[0]!.text === '“It was a long day.”')?.cue ?? null).toBeNull();
  });

  it('reads the comma before a nested closing mark as leaving the sentence open for the attribution', () => {
    const text = '"Voters will decide," he said. Meanwhile "it is easy for her to stand up and say \'I am the only one with real experience,\'" Hale said.';
    const q = quotes(text).find((d) => d.content[0]!.text.includes('real experience'));
    expect(q && brief(q)).toMatchObject({ cue: 'said', source: 'Hale' });
  });

  it('takes the words fronted before an inserted attribution as the first content span', () => {
    const text = 'Voters are restless. If the senator wins the primary, she said, "the party will have to listen to its own base again."';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['If the senator wins the primary', '"the party will have to listen to its own base again."'], cue: 'said', source: 'she' },
    ]);
    const instead = 'Instead, Marlowe said, "the mayor started as the clear favourite and then spent a long season being humbled."';
    expect(quotes(instead).map(brief)[0]!.content).toEqual(['Instead', '"the mayor started as the clear favourite and then spent a long season being humbled."']);
  });

  it('leaves out fronted words that set the scene of the saying', () => {
    for (const text of [
      'In an interview with a local radio station, Okafor said, "We are not going to stop until every vote is counted."',
      'After the meeting broke up, the treasurer said, "Nobody in that room wanted to be the one to say no."',
      'Reflecting on his years as a prosecutor, Dunn said, "You learn to settle a case when the offer is fair."',
    ]) {
      expect(quotes(text).map(brief)[0]!.content).toHaveLength(1);
    }
  });

  it('does not front the main clause before a participle attribution', () => {
    const text = 'The two leaders will meet next week, the spokesman said, adding, "They need to sit down and have a proper talk."';
    const added = quotes(text).map(brief).find((q) => q.cue === 'adding');
    expect(added?.content).toEqual(['"They need to sit down and have a proper talk."']);
  });

  it('leaves a capitalised title after a preposition to itself', () => {
    const text = 'On this weekend’s broadcast of “Fox News Sunday,” Governor Mike Pence said the tweet was only a joke.';
    expect(quotes(text).map(brief).some((q) => q.content[0]!.includes('“Fox News Sunday,”'))).toBe(false);
  });
});

describe('assembleQuotes: damaged quotations', () => {
  it('attributes a curly quotation closed by a straight mark', () => {
    const text = '“Immunity deals should not be a requirement for cooperating with the FBI," Chairman Jason Chaffetz said in a statement.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“Immunity deals should not be a requirement for cooperating with the FBI,"'], cue: 'said in a statement', source: 'Chairman Jason Chaffetz' },
    ]);
  });

  it('runs a quotation with a missing closer to the end of the paragraph', () => {
    const text = 'The minister said: “We will fight on the beaches and we shall never surrender.\nThe opposition was unimpressed.';
    const [q] = quotes(text);
    expect(brief(q!)).toEqual({ kind: 'direct', content: ['“We will fight on the beaches and we shall never surrender.'], cue: 'said:', source: 'The minister' });
  });

  it('accepts a closer pointing the wrong way', () => {
    const text = '“The deal is dead and everybody knows it, “ a senior EU diplomat said.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“The deal is dead and everybody knows it, “'], cue: 'said', source: 'a senior EU diplomat' },
    ]);
  });

  it('ignores a stray mark before the end of a paragraph', () => {
    const text = '“We are not for sale,” the club chairman said on Friday, as fans gathered outside ”';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“We are not for sale,”'], cue: 'said', source: 'the club chairman' },
    ]);
  });

  it('keeps (…) and […] elisions inside the content', () => {
    const text = '“The government has failed [...] and the people (…) will not forgive it,” Mr Corbyn said.';
    expect(quotes(text).map((d) => d.content[0]!.text)).toEqual(['“The government has failed [...] and the people (…) will not forgive it,”']);
  });

  it('joins a quotation continued over several paragraphs into one quote', () => {
    const text = 'Ms Ardern told parliament: “This is one of New Zealand’s darkest days.\n“What happened here is an extraordinary act of violence.”\nThe debate continued until late.';
    const [q] = quotes(text);
    expect(q!.kind).toBe('direct');
    expect(q!.content.map((s) => s.text)).toEqual([
      '“This is one of New Zealand’s darkest days.',
      '“What happened here is an extraordinary act of violence.”',
    ]);
    expect(q!.source?.text).toBe('Ms Ardern');
  });

  it('makes one quote with two content spans of a quotation interrupted by its attribution', () => {
    const text = '"We will keep fighting," said Jane Roe, "and in the end we will win."';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['"We will keep fighting,"', '"and in the end we will win."'], cue: 'said', source: 'Jane Roe' },
    ]);
  });
});

describe('assembleQuotes: mixed and indirect quotations', () => {
  it('reports a clause with a quoted fragment as mixed, covering the whole clause', () => {
    const text = 'The senator said that the plan was “dead on arrival” in Congress.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'mixed', content: ['that the plan was “dead on arrival” in Congress'], cue: 'said', source: 'The senator' },
    ]);
  });

  it.each([
    ['Mr Blair said that the war had been justified.', 'that the war had been justified', 'said', 'Mr Blair'],
    ['Mr Blair said the war had been justified.', 'the war had been justified', 'said', 'Mr Blair'],
    ['According to officials, the talks will resume on Monday.', 'the talks will resume on Monday', 'According to', 'officials'],
    ['The talks will resume on Monday, according to officials.', 'The talks will resume on Monday', 'according to', 'officials'],
    ['A spokesman for Sony told reporters the console would ship in March.', 'the console would ship in March', 'told reporters', 'A spokesman for Sony'],
    ['The central bank warned that inflation could stay high for longer.', 'that inflation could stay high for longer', 'warned', 'The central bank'],
    ['Economists predicted that growth would slow to 1% next year.', 'that growth would slow to 1% next year', 'predicted', 'Economists'],
    ['The company claimed it had never received the letter.', 'it had never received the letter', 'claimed', 'The company'],
    ['The judge noted that the defendant had shown no remorse.', 'that the defendant had shown no remorse', 'noted', 'The judge'],
    ['In his memoir, Mr Major wrote that the party had been impossible to lead.', 'that the party had been impossible to lead', 'wrote', 'Mr Major'],
    ['Mr Brown pointed out that unemployment had fallen for six months.', 'that unemployment had fallen for six months', 'pointed out', 'Mr Brown'],
    ['The report goes on to say that the scheme was badly managed.', 'that the scheme was badly managed', 'goes on to say', 'The report'],
    ['The Guardian reported that the deal had collapsed overnight.', 'that the deal had collapsed overnight', 'reported', 'The Guardian'],
    ['The plant will close by the end of the year, the company said.', 'The plant will close by the end of the year', 'said', 'the company'],
    ['Ms Patel told the BBC on Sunday that the scheme would be scrapped.', 'that the scheme would be scrapped', 'told', 'Ms Patel'],
  ])('finds the indirect quotation in %s', (text, content, cue, source) => {
    expect(quotes(text).map(brief)).toEqual([{ kind: 'indirect', content: [content], cue, source }]);
  });

  it('stops a reported clause before a second attribution in the same sentence', () => {
    const text = 'He said the plan would fail, adding that nobody had been consulted.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'indirect', content: ['the plan would fail'], cue: 'said', source: 'He' },
      { kind: 'indirect', content: ['that nobody had been consulted'], cue: 'adding', source: 'He' },
    ]);
  });

  it('does not take a bare object of a that-verb for reported speech', () => {
    expect(quotes('The firm added 500 jobs in the third quarter.')).toEqual([]);
  });
});

describe('assembleQuotes: not quotations', () => {
  it('drops scare quotes and quoted titles with no cue', () => {
    const text = 'The government called it a “reform”. Critics watched the film “Heat” instead of the debate.';
    expect(quotes(text).filter((d) => d.kind === 'direct')).toEqual([]);
  });

  it('keeps a short quotation that opens its sentence and ends in a comma for the attribution after it', () => {
    expect(quotes('“Go back home,” the senator snapped at the heckler.').map(brief)).toEqual([
      { kind: 'direct', content: ['“Go back home,”'], cue: 'snapped', source: 'the senator' },
    ]);
  });

  it('keeps a long direct quotation with no cue in its sentence, with no source and lower confidence', () => {
    const text = 'The mayor spoke to reporters on the steps of city hall.\n“We have done everything we can for these families, and we will keep doing it.”';
    const drafts = quotes(text);
    expect(drafts.map(brief)).toEqual([
      { kind: 'direct', content: ['“We have done everything we can for these families, and we will keep doing it.”'], cue: null, source: null },
    ]);
    expect(drafts[0]!.confidence).toBeLessThan(0.7);
  });
});

describe('assembleQuotes: confidence', () => {
  it('ranks marks with cue and source above marks alone, and above indirect speech', () => {
    const text = '“We will win,” she said.\nThe mayor spoke on the steps of city hall.\n“Nobody in this city will be left behind, whatever it costs us.”\nHe said the budget was balanced.';
    const drafts = quotes(text);
    const [withCue, bare, indirect] = drafts;
    expect(drafts.map((d) => d.kind)).toEqual(['direct', 'direct', 'indirect']);
    expect(withCue!.confidence).toBeGreaterThan(bare!.confidence);
    expect(withCue!.confidence).toBeGreaterThan(indirect!.confidence);
    for (const d of drafts) expect(d.confidence).toBeGreaterThan(0), expect(d.confidence).toBeLessThanOrEqual(1);
  });
});

describe('assembleQuotes: the source of a cue whose words also read as verbs or objects', () => {
  it('takes the subject with its apposition before `told`, never the addressee after it', () => {
    const text = '"The pipes under this city are older than anyone in this room," Tomas Brennan, chief executive of Halden Water, told investors on Thursday. "Our network is living on borrowed time."';
    const drafts = quotes(text);
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) expect(d.source?.text ?? '').not.toContain('investors');
    const first = brief(drafts[0]!);
    expect(first.kind).toBe('direct');
    expect(first.cue).toBe('told');
    expect(first.source).toBe('Tomas Brennan, chief executive of Halden Water,');
    expect(drafts.flatMap((d) => d.content.map((s) => s.text))).toContain('"Our network is living on borrowed time."');
  });

  it('reads a surname the tagger took for a verb right before `said` as the source', () => {
    expect(quotes('"We need more time," Grant said.').map(brief)).toEqual([
      { kind: 'direct', content: ['"We need more time,"'], cue: 'said', source: 'Grant' },
    ]);
  });

  it('reads a surname the tagger took for a verb after a title as the source', () => {
    expect(quotes('"We need more time," Mr Grant said.').map(brief)).toEqual([
      { kind: 'direct', content: ['"We need more time,"'], cue: 'said', source: 'Mr Grant' },
    ]);
  });

  it('reads a surname the tagger took for a verb inside a titled full name as the source of reported speech', () => {
    expect(quotes('Mayor Olivia Grant said the plan would work.').map(brief)).toEqual([
      { kind: 'indirect', content: ['the plan would work'], cue: 'said', source: 'Mayor Olivia Grant' },
    ]);
  });

  it.each([
    ['“The budget is balanced,” Rich said.', 'Rich'],
    ['“The budget is balanced,” Dr Young said.', 'Dr Young'],
    ['“The budget is balanced,” said Councillor Mark Brown.', 'Councillor Mark Brown'],
  ])('keeps name words that are also common words in the source: %s', (text, source) => {
    expect(quotes(text).map((d) => d.source?.text)).toEqual([source]);
  });
});

describe('assembleQuotes: one statement over several quoted sentences (PolNeAR spans)', () => {
  it('joins a bare quoted sentence after the attribution to the statement it continues', () => {
    const text = '“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus. “Donald Trump is a disgusting fraud.”';
    const drafts = quotes(text);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.content.map((s) => s.text)).toEqual(['“This is a disgusting day,”', '“Donald Trump is a disgusting fraud.”']);
    expect(drafts[0]!.cue?.text).toBe('said');
  });

  it('joins across an attribution that ends with a title in quotation marks', () => {
    const text = '“He’s absolutely right,” Flynn said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there’s a lot of frustration within the ranks.”';
    const drafts = quotes(text);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.content.map((s) => s.text)).toEqual(['“He’s absolutely right,”', '“I mean, there’s a lot of frustration within the ranks.”']);
  });

  it('joins a bare quoted sentence to the reported statement before it, quoted in part', () => {
    const text = 'Sanders said he and his campaign had made progress against long odds. "I really believe we have done an incredible job in every state."';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'mixed', content: ['he and his campaign had made progress against long odds', '"I really believe we have done an incredible job in every state."'], cue: 'said', source: 'Sanders' },
    ]);
  });

  it('keeps a bare quoted sentence apart from a reported belief or a report with no source', () => {
    expect(quotes('Many voters believe the economy is getting worse. "We can barely pay the rent on time anymore."')).toHaveLength(2);
  });

  it('keeps a quoted sentence with its own cue, or in the next paragraph, a statement of its own', () => {
    const ownCue = quotes('“We will win,” Ms Reeves said. “The polls are wrong,” she added.');
    expect(ownCue.map((d) => d.content.length)).toEqual([1, 1]);
    const nextParagraph = quotes('“We will win,” Ms Reeves said.\nThe polls suggest otherwise, and “everyone knows it,” her rival said.');
    expect(nextParagraph).toHaveLength(2);
  });

  it('joins quoted parts of one sentence that no cue attributes', () => {
    const text = 'The senator has “no regrets about the vote on the budget” and is “ready to defend it at every town hall in the state.”';
    expect(quotes(text).map((d) => d.content.map((s) => s.text))).toEqual([
      ['“no regrets about the vote on the budget”', '“ready to defend it at every town hall in the state.”'],
    ]);
  });

  it('joins a quoted sentence after an attribution whose verb is not a cue', () => {
    const text = '“Our troops deserve better than this,” remembered Roy Verley, the former spokesman. “They are serving with honour.”';
    expect(quotes(text).map((d) => d.content.length)).toEqual([2]);
  });

  it('joins a paragraph that is nothing but a quotation to the attributed quotation opening the paragraph before', () => {
    const text = '“We will not raise taxes on working families,” the chancellor said.\n“The budget is balanced and the figures are sound.”';
    const drafts = quotes(text);
    expect(drafts.map((d) => d.content.length)).toEqual([2]);
    expect(drafts[0]!.source?.text).toBe('the chancellor');
  });

  it('keeps a quoted paragraph apart when the quotation before it stood in narrative', () => {
    const text = 'After the vote the chancellor said “we will not raise taxes” and left.\n“The budget is balanced and the figures are sound.”';
    expect(quotes(text)).toHaveLength(2);
  });

  it('joins a quoted paragraph to a partly quoted statement whose cue opens it and whose quotation closes the paragraph before', () => {
    const text = 'Representative Thomas Massie backed Rand Paul, but now said Trump had “the opportunity and the obligation to bring us together.”\n\n“I think he can do that, but the biggest unifier we got is Hillary Clinton.”';
    const drafts = quotes(text);
    expect(drafts.map((d) => d.content.map((s) => s.text))).toEqual([
      ['Trump had “the opportunity and the obligation to bring us together.”', '“I think he can do that, but the biggest unifier we got is Hillary Clinton.”'],
    ]);
    expect(drafts[0]!.source?.text).toBe('Representative Thomas Massie');
  });

  it('keeps a quoted paragraph apart from a statement closing the paragraph after another statement in it', () => {
    const text = '“By the way, if she gets to pick her judges, nothing you can do, folks,” Trump told a rally, saying Clinton would “abolish the second amendment.”\n\n“That will be a horrible day for everyone in this country.”';
    const drafts = quotes(text);
    expect(drafts.find((d) => d.content.some((s) => s.text.includes('abolish')))!.content).toHaveLength(1);
  });

  it('attributes a joined statement through the clause after its first part', () => {
    const text = '“Our troops deserve better than this,” Bolton charged. “They are serving with honour in a hard place.”';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“Our troops deserve better than this,”', '“They are serving with honour in a hard place.”'], cue: 'charged', source: 'Bolton' },
    ]);
  });

  it('does not join a quoted sentence after another clause with its own verb', () => {
    const text = '“We will win,” Ms Reeves said, and her husband cut in. “Don’t forget the volunteers who knocked on every door.”';
    expect(quotes(text).map((d) => d.content.length)).toEqual([1, 1]);
  });

  it('joins a bare quoted sentence later in the paragraph to the quotation its attribution followed', () => {
    const text = '“We never expected the plant to close,” said Dana Whitlock, a union steward at the mill. Now, “the whole town is waiting for news.”';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'direct', content: ['“We never expected the plant to close,”', '“the whole town is waiting for news.”'], cue: 'said', source: 'Dana Whitlock, a union steward at the mill' },
    ]);
  });

  it('does not join a later quotation when the attribution goes on with a verb of its own', () => {
    const text = '“Tempers are running high,” said Councilwoman Ada Price, who believes the mayor “must listen more closely.”';
    expect(quotes(text).map((d) => d.content.length)).toEqual([1, 1]);
  });

  it('does not take the next sentence’s verb as the attribution of a quotation closed by a full stop', () => {
    const text = '“The budget is balanced,” she said. “Nobody expected it this year.” She noted a planned town hall on Saturday in the capital.';
    const found = quotes(text).map(brief);
    expect(found[0]).toEqual({ kind: 'direct', content: ['“The budget is balanced,”', '“Nobody expected it this year.”'], cue: 'said', source: 'she' });
    expect(found.some((d) => d.cue === 'noted' && d.content.some((c) => c.startsWith('“')))).toBe(false);
  });

  it('joins a whole quoted sentence after one sentence of narrative to the statement its attribution closed', () => {
    const text = '“I’m better with my hands than with a spreadsheet,” said Rob Keane, only half joking. He has run the night shift at the plant for 20 years. “But I would not trade this job for anything.”';
    expect(quotes(text).map(brief)).toEqual([{
      kind: 'direct',
      content: ['“I’m better with my hands than with a spreadsheet,”', '“But I would not trade this job for anything.”'],
      cue: 'said', source: 'Rob Keane',
    }]);
  });

  it('does not join a quotation after more than one sentence of narrative', () => {
    const text = '“We will win,” Ms Reeves said. Her rivals laughed at the claim on Tuesday. The polls disagreed. “The polls are wrong about this race.”';
    expect(quotes(text).map((d) => d.content.length)).toEqual([1, 1]);
  });

  it('does not join a quoted fragment after a sentence of narrative', () => {
    const text = '“We will win,” Ms Reeves said. Her rivals laughed at the claim on Tuesday and called it “wishful thinking.”';
    expect(quotes(text).map((d) => d.content.length)).toEqual([1, 1]);
  });
});

describe('assembleQuotes: a subject before the quotation and the cue after it', () => {
  it('reports the subject and the quoted predicate as one mixed quotation', () => {
    const text = "The address ''was President Obama's response to the malaise speech,'' said Jon Favreau, the president's former chief speechwriter.";
    expect(quotes(text).map(brief)).toEqual([{
      kind: 'mixed',
      content: ["The address ''was President Obama's response to the malaise speech,''"],
      cue: 'said',
      source: "Jon Favreau, the president's former chief speechwriter",
    }]);
  });

  it('does not take an introductory phrase naming a programme as what was said', () => {
    const text = 'On this weekend’s broadcast of “Fox News Sunday,” Gov. Mike Pence said the campaign would not invite her.';
    expect(quotes(text).every((d) => !d.content.some((s) => s.text.startsWith('On this weekend')))).toBe(true);
  });
});

describe('assembleQuotes: a quotation the reported clause before it does not reach', () => {
  it('keeps the quotation after a clause that stops short of it', () => {
    const text = 'At his cookout, the band leader called Democratic bigwigs to the stage, singing "It\'s Our Time." Dozens of local officials gathered around Scott in front of the stage.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'indirect', content: ['Democratic bigwigs to the stage'], cue: 'called', source: 'the band leader' },
      // No cue rule attributes it; the verb it hangs on lends it the subject of its clause.
      { kind: 'direct', content: ['"It\'s Our Time."'], cue: 'singing', source: 'the band leader' },
    ]);
  });
});

describe('assembleQuotes: names and titles that end a sentence', () => {
  it.each([
    ['Tickets are on sale for the documentary “13th.”'],
    ['He watched the end of the broadcast on NBC’s "Nightly News."'],
    ["The chapter is titled in the book ''Make Your Kid a Millionaire,'' which sold well."],
  ])('does not read %s as a quotation', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    ['Senator Maria Lopez appeared on “Face the Nation” on Sunday.'],
    ["The comedian landed a recurring part on ''Late Night Live.''"],
    ['The weatherman left the network last year for “Good Evening America.”'],
  ])('reads capitalised words quoted after a venue preposition in %s as a title', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('still reads a short exclamation after a verb as what was said', () => {
    const text = 'The crowd at the rally in Richmond kept chanting "Bobby!"';
    expect(quotes(text).some((d) => d.content.some((s) => s.text.includes('"Bobby!"')))).toBe(true);
  });
});

describe('assembleQuotes: quoted names around a cue', () => {
  it('does not take a programme named after `tells` for the quotation', () => {
    const text = 'Homeland Security Secretary Jeh Johnson tells MSNBC’s “Morning Joe” on Friday that “exactly who did it” remains under investigation.';
    const drafts = quotes(text);
    expect(drafts.some((d) => d.kind === 'direct' && d.content.length === 1 && d.content[0]!.text === '“Morning Joe”')).toBe(false);
    expect(drafts.some((d) => d.cue?.text === 'tells' && d.content.some((s) => s.text.includes('“exactly who did it”')))).toBe(true);
  });

  it('attributes a quoted fragment to a subject whose apposition ends with a comma', () => {
    // `tied` is no cue, so the clause's subject is what attributes the fragment.
    const text = 'Another critic, Laurence H. Tribe, tied the rules to "burning the Constitution" in a brief.';
    expect(quotes(text).map(brief)).toEqual([
      { kind: 'mixed', content: ['the rules to "burning the Constitution"'], cue: 'tied', source: 'Laurence H. Tribe' },
    ]);
  });

  it.each([
    ['Parishioners passed around copies of her memoir, “Quiet Strength,” and watched the film about her life.'],
    ['Governor Ruiz avoided the loaded term, “border crisis,” which several colleagues use freely.'],
  ])('does not take a quoted name set off by commas after a noun for the words of the subject: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    ['Facebook activated its “safety check” feature for people in the city.'],
    ['Boehner headlined a “Sky High” reception in Cleveland on Sunday night.'],
  ])('does not take a quotation modifying the noun after it for the words of the subject: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('still reads quoted words closing the sentence after a noun and a comma as the subject’s', () => {
    expect(quotes('Ruiz quietly added the words, “border crisis.”').map(brief)).toEqual([
      { kind: 'mixed', content: ['the words, “border crisis.”'], cue: 'added', source: 'Ruiz' },
    ]);
  });

  it('still leaves a fragment after a common noun and a comma alone', () => {
    expect(quotes('The old plant, closed since May, kept its "historic" sign.')).toEqual([]);
  });
});

describe('assembleQuotes: a quotation between two attributions', () => {
  const direct = (text: string) => quotes(text).filter((d) => d.kind === 'direct').map(brief);

  it('gives a quotation after a colon to the attribution its closing comma hands it to', () => {
    expect(direct('Soon after the attack, Trump asserted that France had changed: “France is no longer France,” he claimed.')).toEqual([
      { kind: 'direct', content: ['“France is no longer France,”'], cue: 'claimed', source: 'he' },
    ]);
  });

  it('keeps the colon’s cue when the quotation ends its sentence with a question mark', () => {
    expect(direct('Clinton, exasperated, responded: “What difference does it make?” Her critics cited it as evidence of indifference.')[0]).toMatchObject({ cue: 'responded:', source: 'Clinton, exasperated,' });
  });

  it('keeps the colon’s cue when a second quotation follows the attribution after the first', () => {
    expect(direct('Sen. Claire McCaskill scolded him: “The community is against you,” she said. “I do not understand why you go there.”')).toEqual([
      { kind: 'direct', content: ['“The community is against you,”'], cue: 'scolded', source: 'Sen. Claire McCaskill' },
      { kind: 'direct', content: ['“I do not understand why you go there.”'], cue: 'said', source: 'she' },
    ]);
  });

  it('keeps the colon’s cue when a participle after the quotation shares its subject', () => {
    expect(direct('In a statement, the company said: “The unit was a success when it became independent,” adding that its value quadrupled.')[0]).toMatchObject({ cue: 'said:', source: 'the company' });
  });
});

describe('assembleQuotes: an attribution standing as a sentence of its own', () => {
  it('attributes the quotation before a sentence that is only a subject and its cue', () => {
    expect(quotes('The campaign looked ahead.\n\n“We are confident about the states that vote next month. The path is clear.” Mook wrote.').map(brief)).toEqual([
      { kind: 'direct', content: ['“We are confident about the states that vote next month. The path is clear.”'], cue: 'wrote', source: 'Mook' },
    ]);
  });

  it('does not when the sentence after the quotation reports a clause of its own', () => {
    const drafts = quotes('The count ended late.\n\n“We won the state.” Trump said the victory proved the polls wrong.').map(brief);
    expect(drafts.find((d) => d.content[0] === '“We won the state.”')).toMatchObject({ cue: null, source: null });
  });
});

describe('assembleQuotes: a belief inside a report', () => {
  it('gives a quotation after a belief cue to the speech cue whose report holds it', () => {
    const drafts = quotes('“It is not normal language,” said Weaver, who said business executives often fail to understand that “the campaign is not a company.”').map(brief);
    expect(drafts.find((d) => d.content.some((c) => c.includes('not a company')))).toMatchObject({ kind: 'mixed', cue: 'said', source: 'who' });
  });
});
