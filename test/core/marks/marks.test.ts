import { describe, it, expect } from 'vitest';
import { scanMarks } from '../../../src/core/marks/marks.js';
import { en } from '../../../src/locales/en/index.js';

const rules = { pairs: en.marks, apostrophes: en.apostrophes };

/** Paragraphs are the lines of the fixture, as readDocument splits news copy. */
function lines(text: string): { start: number; end: number }[] {
  const paragraphs: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start: from, end: from + line.length });
    from += line.length + 1;
  }
  return paragraphs;
}

function quotes(text: string): string[] {
  return scanMarks(text, lines(text), rules).map((m) => text.slice(m.start, m.end));
}

describe('scanMarks: conventions', () => {
  it('pairs curly double quotes', () => {
    expect(quotes('“We will not back down,” the minister said.')).toEqual(['“We will not back down,”']);
  });
  it('pairs straight double quotes', () => {
    expect(quotes('"The economy is strong," said Mr Brown.')).toEqual(['"The economy is strong,"']);
  });
  it('keeps single quotes nested inside double quotes within the outer quotation', () => {
    expect(quotes('“He told me ‘never again’ and walked out,” she said.')).toEqual(['“He told me ‘never again’ and walked out,”']);
  });
  it('pairs top-level single curly quotes used by British headlines', () => {
    expect(quotes('Minister warns of ‘difficult winter ahead’ for families')).toEqual(['‘difficult winter ahead’']);
  });
  it.each([
    ['«Nous allons gagner», a déclaré le ministre.', '«Nous allons gagner»'],
    ['»Das ist gut«, sagte sie.', '»Das ist gut«'],
    ['„Wir schaffen das“, sagte Merkel.', '„Wir schaffen das“'],
    ['„Wir schaffen das”, sagte Merkel.', '„Wir schaffen das”'],
    ['‚Das war knapp‘, meinte er.', '‚Das war knapp‘'],
    ['‹Bon courage›, dit-il.', '‹Bon courage›'],
    ['「私たちは勝つ」と首相は述べた。', '「私たちは勝つ」'],
    ['『これは本当だ』と彼は言った。', '『これは本当だ』'],
    ["''This isn't tax reform,'' said Douglas Holtz-Eakin.", "''This isn't tax reform,''"],
    ["The mayor said, ``We will rebuild the bridge by spring,'' at a news conference.", "``We will rebuild the bridge by spring,''"],
  ])('pairs %s', (text, quote) => {
    expect(quotes(text)).toEqual([quote]);
  });
});

describe('scanMarks: apostrophes are not marks', () => {
  it('ignores don’t, Blair’s, the ’90s, rock ’n’ roll and students’ union', () => {
    const text = 'Blair’s aides don’t think the ’90s revival of rock ’n’ roll helped the students’ union, the paper said.';
    expect(quotes(text)).toEqual([]);
  });
  it('does not let an apostrophe close a quotation', () => {
    expect(quotes('“Blair’s critics don’t understand,” he said.')).toEqual(['“Blair’s critics don’t understand,”']);
  });
  it('does not pair straight apostrophes in possessives and contractions', () => {
    expect(quotes("The students' union said it wasn't consulted about the '90s archive.")).toEqual([]);
  });
  it('reads the double mark after feet and inches as an inch sign, not a closer', () => {
    expect(quotes('“The new guard is 6’1” and still growing,” the coach said of his recruit.')).toEqual(['“The new guard is 6’1” and still growing,”']);
    expect(quotes('The medical report lists him at 6\'3" and 236 pounds, the campaign said.')).toEqual([]);
    expect(quotes('“He says I am short, but he is 5’11”,” the senator joked.')).toEqual(['“He says I am short, but he is 5’11”,”']);
  });
});

describe('scanMarks: damage', () => {
  it('closes a curly opener with a straight closer and a straight opener with a curly one', () => {
    const text = '“Immunity deals should not be a requirement for cooperating with the FBI," Chairman Jason Chaffetz said, adding that the deals were handed out "like candy.”';
    expect(quotes(text)).toEqual(['“Immunity deals should not be a requirement for cooperating with the FBI,"', '"like candy.”']);
  });
  it('keeps a straight quotation opening inside a curly one nested', () => {
    const text = '“They keep calling it "the deal of the century" and nobody laughs,” the senator said.';
    expect(quotes(text)).toEqual(['“They keep calling it "the deal of the century" and nobody laughs,”']);
  });
  it('runs a quotation with a missing closer to the end of its paragraph', () => {
    const text = 'The minister said: “We will fight on the beaches and never surrender.\nOpposition leaders were unimpressed.';
    expect(quotes(text)).toEqual(['“We will fight on the beaches and never surrender.']);
  });
  it('reads a straight mark opening a paragraph of curly-quoted copy, never closed, as a block-quote sign', () => {
    const text = '"The senator walked onto the stage as the crowd chanted “Four more years!” and waved flags.';
    expect(quotes(text)).toEqual(['“Four more years!”']);
  });
  it('still runs a straight quotation with no curly marks inside to the end of its paragraph', () => {
    expect(quotes('"The senator walked onto the stage as the crowd cheered and waved flags.')).toEqual(['"The senator walked onto the stage as the crowd cheered and waved flags.']);
  });
  it('nests a curly quotation typed with the same marks when enough closers follow for both', () => {
    const text = '“I would rather live in what he calls “a disaster” than under his rule,” one reader wrote.';
    expect(quotes(text)).toEqual(['“I would rather live in what he calls “a disaster” than under his rule,”']);
  });
  it('still ends a quotation at a repeated opener when too few closers follow to nest it', () => {
    const text = '“We will win this state. “The voters are with us,” the governor said.';
    expect(quotes(text)).toEqual(['“We will win this state.', '“The voters are with us,”']);
  });
  it('reads marks around markup attributes as delimiters, not quotation marks', () => {
    const text = '<tweet author="@CityDesk" date="May 2, 2016\n">Crowd thin at the stadium rally tonight. Stands mostly empty.</tweet>';
    expect(quotes(text)).toEqual([]);
    expect(quotes('The mayor posted <a href=”https://example.org/plan” target=”_blank”>the full plan</a> on Friday.')).toEqual([]);
  });
  it('accepts a closer typed the wrong way round', () => {
    const text = '“The plan is finished, “ a senior official said.';
    const paragraphs = [{ start: 0, end: text.length }];
    const [m] = scanMarks(text, paragraphs, rules);
    expect(text.slice(m!.start, m!.end)).toBe('“The plan is finished, “');
    expect(m!.repair).toBe('reversed-close');
  });
  it('opens a quotation at a paragraph that starts with a closing mark closed later in it', () => {
    const text = '”Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.” ― Sonya Herridge\n” … what I learned is that words matter,” he said.';
    expect(quotes(text)).toEqual(['”Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.”', '” … what I learned is that words matter,”']);
  });
  it('does not open a quotation at a closing mark in mid-paragraph or with no partner', () => {
    expect(quotes('Shares fell ”sharply” on Monday.\n”Nothing more follows here')).toEqual([]);
  });
  it('ignores a stray closing mark with no opener before the end of a paragraph', () => {
    expect(quotes('Shares fell 5% on Monday” as investors fled.')).toEqual([]);
  });
  it('ignores a stray opening mark with nothing after it at the end of a paragraph', () => {
    expect(quotes('Shares fell 5% on Monday as investors fled “')).toEqual([]);
  });
  it('keeps (…) and […] elisions inside the quotation', () => {
    expect(quotes('“We will […] defend our island (…) whatever the cost may be,” he said.')).toEqual([
      '“We will […] defend our island (…) whatever the cost may be,”',
    ]);
  });
  it('continues a quotation over paragraphs that reopen with a mark', () => {
    const text = '“The first thing we did was call the bank.\n“Then we called the police, who did nothing,” she said.';
    const paragraphs = [{ start: 0, end: 42 }, { start: 43, end: text.length }];
    const found = scanMarks(text, paragraphs, rules);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      '“The first thing we did was call the bank.',
      '“Then we called the police, who did nothing,”',
    ]);
    expect(found[0]!.repair).toBe('missing-close');
    expect(found[1]!.continues).toBe(0);
  });
  it('ends a continuation at a paragraph without marks, however far the next mark lies', () => {
    const text = '“The first thing we did was call the bank.\nNo one answered for an hour.\n“Then we called the police,” she said.';
    const found = scanMarks(text, lines(text), rules);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['“The first thing we did was call the bank.', '“Then we called the police,”']);
    expect(found.map((m) => m.continues)).toEqual([null, null]);
  });
  it('finds the marks of each paragraph after paragraphs without any, and after a block quote read twice', () => {
    const text = 'Plain words.\nMore plain words.\nHe called it “a disgrace” and left.\n"The crowd chanted “U-S-A!” and cheered\nNothing here.\nShe said it was ‘over’.';
    expect(quotes(text)).toEqual(['“a disgrace”', '“U-S-A!”', '‘over’']);
  });
  it('does not chain a closed quotation to the next paragraph', () => {
    const text = '“We are ready,” he said.\n“So are we,” she replied.';
    const paragraphs = [{ start: 0, end: 24 }, { start: 25, end: text.length }];
    expect(scanMarks(text, paragraphs, rules).map((m) => m.continues)).toEqual([null, null]);
  });
});

describe('scanMarks: hostile input', () => {
  it('returns on 1 MB of quotation marks', () => {
    const text = '“”"\'‘’«»„'.repeat(120_000);
    expect(Array.isArray(scanMarks(text, [{ start: 0, end: text.length }], rules))).toBe(true);
  });
  it('returns on 1 MB of "a alternations', () => {
    const text = '"a'.repeat(500_000);
    expect(Array.isArray(scanMarks(text, [{ start: 0, end: text.length }], rules))).toBe(true);
  });
});
