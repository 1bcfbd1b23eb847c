import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDocument } from '../../../src/core/document/document.js';
import { resolveEntities } from '../../../src/core/speakers/entities.js';
import { extract } from '../../../src/core/extract.js';
import { en } from '../../../src/locales/en/index.js';
import type { Entity } from '../../../src/types.js';
import { buildDrafts } from '../quotes/draft-builder.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/entities/${name}`, import.meta.url), 'utf8');
const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const byId = (entities: Entity[], id: string | null) => entities.find((e) => e.id === id);

describe('resolveEntities: one entity per person', () => {
  const text = fixture('person-name-variants.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'indirect', content: 'the offer had been rejected', cue: 'said', source: 'Volodimir Zelenskyy', after: 'Later,' },
    { kind: 'indirect', content: 'she was delighted to be there', cue: 'said', source: 'Mrs Blair' },
    { kind: 'indirect', content: 'the summit was important', cue: 'said', source: 'Mr Blair' },
  ]);
  const { entities, speakers } = resolveEntities(doc, drafts, en);

  it('merges full name, titled surname and misspellings, listing the aliases', () => {
    const zelensky = named(entities, 'Volodymyr Zelensky')!;
    expect(zelensky.kind).toBe('person');
    expect(zelensky.aliases).toEqual(expect.arrayContaining(['Mr Zelensky', 'Volodimir Zelenskyy', 'Zelenskiy']));
    expect(zelensky.descriptions).toContain('Ukrainian President');
    expect(entities.filter((e) => /zelensk/i.test(e.name))).toHaveLength(1);
    expect(zelensky.mentions.map((m) => m.text)).toEqual(['Ukrainian President Volodymyr Zelensky', 'Mr Zelensky', 'Volodimir Zelenskyy', 'Zelenskiy']);
    expect(speakers[0]).toBe(zelensky.id);
  });

  it('keeps two people sharing a surname apart and sends titles to the matching one', () => {
    const tony = named(entities, 'Tony Blair')!;
    const cherie = named(entities, 'Cherie Blair')!;
    expect(tony.id).not.toBe(cherie.id);
    expect(speakers[1]).toBe(cherie.id);
    expect(speakers[2]).toBe(tony.id);
    expect(cherie.aliases).toContain('Mrs Blair');
    expect(tony.aliases).toContain('Mr Blair');
  });

  it('sends a bare surname to the bearer mentioned last', () => {
    const last = text.lastIndexOf('Blair also');
    const owner = entities.find((e) => e.mentions.some((m) => m.start === last))!;
    expect(owner.name).toBe('Tony Blair');
  });

  it('every mention span is the text it claims', () => {
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('resolveEntities: appositions become descriptions', () => {
  const text = fixture('appositions.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '"The figures do not add up."', cue: 'said', source: 'Jane Roe' },
    { kind: 'indirect', content: 'Sony would cut 10,000 jobs', cue: 'said', source: 'Howard Stringer, the company\'s chief executive' },
  ]);
  const { entities, speakers } = resolveEntities(doc, drafts, en);

  it('keeps `Name, a professor …,` as the speaker\'s description', () => {
    const roe = byId(entities, speakers[0]!)!;
    expect(roe.name).toBe('Jane Roe');
    expect(roe.descriptions).toEqual(['a professor of economics at the University of Leeds in Yorkshire']);
    expect(named(entities, 'University of Leeds')?.kind).toBe('organization');
  });

  it('keeps pre-modifying roles and `X, the company\'s chief executive,`', () => {
    expect(named(entities, 'Gordon Brown')!.descriptions).toEqual(['UK Chancellor']);
    const stringer = byId(entities, speakers[1]!)!;
    expect(stringer.name).toBe('Howard Stringer');
    expect(stringer.descriptions).toEqual(["the company's chief executive"]);
  });
});

describe('resolveEntities: pronouns and nominal sources', () => {
  const text = fixture('pronouns-and-nominals.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '"We had no choice,"', cue: 'said', source: 'he' },
    { kind: 'indirect', content: 'the cuts would save $1.8bn a year', cue: 'said', source: 'The company' },
    { kind: 'direct', content: '"Staff have done a remarkable job here, under real pressure,"', cue: 'said', source: 'the minister' },
    { kind: 'indirect', content: 'the plans were final', cue: 'said', source: 'A spokesman for Sony' },
    { kind: 'indirect', content: 'talks with unions would continue', cue: 'added', source: 'The spokesman' },
  ]);
  const { entities, speakers } = resolveEntities(doc, drafts, en);

  it('resolves `he` to the nearest earlier person outside the quotation', () => {
    expect(byId(entities, speakers[0]!)!.name).toBe('Howard Stringer');
  });

  it('resolves `the company` to the nearest organisation', () => {
    const sony = byId(entities, speakers[1]!)!;
    expect(sony.name).toBe('Sony');
    expect(sony.kind).toBe('organization');
  });

  it('resolves `the minister` to the person described as a minister', () => {
    expect(byId(entities, speakers[2]!)!.name).toBe('Jane Kennedy');
  });

  it('makes `a spokesman for Sony` a person entity of its own, and `the spokesman` refers back to it', () => {
    const spokesman = byId(entities, speakers[3]!)!;
    expect(spokesman.kind).toBe('person');
    expect(spokesman.name).toBe('spokesman for Sony');
    expect(spokesman.descriptions).toEqual(['A spokesman for Sony']);
    expect(speakers[4]).toBe(spokesman.id);
    expect(spokesman.id).not.toBe(speakers[1]);
  });

  it('records resolved pronouns and nominals as mentions of the entity', () => {
    const stringer = byId(entities, speakers[0]!)!;
    expect(stringer.mentions.map((m) => m.text)).toContain('he');
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('resolveEntities: quotes that continue a speaker', () => {
  const text = fixture('continued-speaker.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '"We will fight this decision in the courts,"', cue: 'said', source: 'Mr Brown' },
    { kind: 'direct', content: '"It is wrong, and the people of this country know it is wrong."' },
  ]);
  const { speakers } = resolveEntities(doc, drafts, en);

  it('gives an unattributed paragraph of quotation the previous paragraph\'s speaker', () => {
    expect(speakers[0]).not.toBeNull();
    expect(speakers[1]).toBe(speakers[0]);
  });

  it('leaves a quotation unattributed when no attributed quote is near', () => {
    const far = readDocument(`"A first remark," Mr Brown said.\n\nThe vote is on Monday.\n\nThe hall was full.\n\n"Nothing will change."`);
    const ds = buildDrafts(far, [
      { kind: 'direct', content: '"A first remark,"', cue: 'said', source: 'Mr Brown' },
      { kind: 'direct', content: '"Nothing will change."' },
    ]);
    expect(resolveEntities(far, ds, en).speakers[1]).toBeNull();
  });

  it('gives a quotation opening a paragraph the attribution later in that paragraph, not the previous paragraph\'s speaker', () => {
    const next = readDocument(`Anna Lee said the vote "was a disgrace."\n"We are ready to defend the city," Mayor Tom Reyes told reporters as he left the hall.`);
    const ds = buildDrafts(next, [
      { kind: 'mixed', content: 'the vote "was a disgrace."', cue: 'said', source: 'Anna Lee' },
      { kind: 'direct', content: '"We are ready to defend the city,"' },
      { kind: 'indirect', content: 'as he left the hall', cue: 'told', source: 'Mayor Tom Reyes' },
    ]);
    const { entities, speakers } = resolveEntities(next, ds, en);
    expect(byId(entities, speakers[1]!)!.name).toBe('Tom Reyes');
  });
});

describe('speakers through extract()', () => {
  it('resolves pronoun, nominal and indefinite sources of the quotes extract() finds', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract(fixture('pronouns-and-nominals.txt'));
    const name = (id: string | null) => x.entities.find((e) => e.id === id)?.name;
    const about = (words: string) => x.quotes.find((q) => q.content.some((c) => c.text.includes(words)))!;
    expect(name(about('no choice').speaker)).toBe('Howard Stringer');
    expect(name(about('$1.8bn').speaker)).toBe('Sony');
    expect(name(about('remarkable job').speaker)).toBe('Jane Kennedy');
    expect(about('unions would continue').speaker).toBe(about('plans were final').speaker);
  });

  // A paragraph of quotation after one that opens or closes with its attributed quotation is
  // joined to it as one statement (same-statement.ts), so the speaker carries into it.
  it('carries the speaker into an unattributed paragraph of quotation', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract(fixture('continued-speaker-after-colon.txt'));
    expect(x.quotes).toHaveLength(1);
    expect(x.quotes[0]!.content.map((c) => c.text)).toEqual(['"We will fight this decision."', '"It is wrong, and the people of this country know it is wrong."']);
    expect(x.entities.find((e) => e.id === x.quotes[0]!.speaker)!.mentions.map((m) => m.text)).toEqual(['Mr Brown']);
  });
});

describe('resolveEntities: capitalised sentence openers', () => {
  it('makes no entity of a sentence-initial word wink-nlp tags PROPN, unless it speaks or is named again', () => {
    const text = 'Customers are getting impatient, a survey found. Problems are growing. Vivaldi is played on hold. Sony said it would act. Analysts expect Vivaldi to stay popular.';
    const doc = readDocument(text);
    const drafts = buildDrafts(doc, [{ kind: 'indirect', content: 'it would act', cue: 'said', source: 'Sony' }]);
    const { entities, speakers } = resolveEntities(doc, drafts, en);
    const names = entities.map((e) => e.name);
    expect(names).not.toContain('Customers');
    expect(names).not.toContain('Problems');
    expect(byId(entities, speakers[0]!)!.name).toBe('Sony');
    expect(named(entities, 'Vivaldi')!.mentions).toHaveLength(2);
  });
});

describe('resolveEntities: pronouns after a speaker who opens the sentence', () => {
  const text = fixture('pronoun-after-sentence-initial-speaker.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '"This is what people have talked about, from time to time, is you\'re sitting there in the room and people just don\'t see you."', cue: 'thinking', source: 'she', after: 'Lynch' },
    { kind: 'mixed', content: 'he is feeling "a lot of emotion" before the final', cue: 'is feeling', source: 'he', after: 'Djokovic' },
  ]);
  const { entities, speakers } = resolveEntities(doc, drafts, en);

  it('gives `she` the surname that speaks earlier in her sentence (tagged a verb), not a woman named before', () => {
    const lynch = byId(entities, speakers[0]!)!;
    expect(lynch.name).toBe('Loretta Lynch');
    expect(lynch.kind).toBe('person');
    expect(named(entities, 'Hillary Clinton')!.id).not.toBe(lynch.id);
  });

  it('makes a sentence-initial name before `told` an entity and the antecedent of `he`', () => {
    const djokovic = byId(entities, speakers[1]!)!;
    expect(djokovic.name).toBe('Djokovic');
    expect(djokovic.mentions.map((m) => m.text)).toEqual(['Djokovic', 'he']);
  });
});

describe('resolveEntities: relative pronouns as sources', () => {
  const text = fixture('relative-pronoun-source.txt');
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'mixed', content: 'the GOP\'s most important goal was to make Obama a "one-term president."', cue: 'said', source: 'who', after: 'Obama has had' },
    { kind: 'mixed', content: 'voters shouldn\'t "continue to elect corporate Democratic whores"', cue: 'said', source: 'who', after: 'Sanders' },
    { kind: 'indirect', content: 'the shop would close', cue: 'said', source: 'Anna Smith', after: 'Anna Smith said' },
    { kind: 'mixed', content: 'it "will reopen in spring."', cue: 'said', source: 'who', after: 'and Steve Smith' },
  ]);
  const { entities, speakers } = resolveEntities(doc, drafts, en);

  it('resolves `who` after an apposition to the name before it, and records it as a mention', () => {
    const mcconnell = byId(entities, speakers[0]!)!;
    expect(mcconnell.name).toBe('Mitch McConnell');
    expect(mcconnell.mentions.map((m) => m.text)).toContain('who');
  });

  it('resolves `who` after a common noun to that phrase', () => {
    expect(byId(entities, speakers[1]!)!.name).toBe('campaign surrogate');
  });

  it('keeps two Smiths apart: `who` goes to the one it follows', () => {
    const anna = byId(entities, speakers[2]!)!;
    const steve = byId(entities, speakers[3]!)!;
    expect(anna.name).toBe('Anna Smith');
    expect(steve.name).toBe('Steve Smith');
    expect(anna.id).not.toBe(steve.id);
  });
});


describe('resolveEntities: a relative clause restricting an apposition', () => {
  it('gives `who` after `Name, a native` to the name, not to the apposition', () => {
    const text = 'The data team is led by Matt Brennard and Wendy Cho. Brennard, a South Carolina native who writes “stories where the loser becomes the main course,” has cast himself as a strategist.';
    const { quotes, entities } = extract(text);
    const q = quotes.find((x) => x.content.some((c) => c.text.includes('main course')))!;
    expect(q.source?.text).toBe('who');
    expect(byId(entities, q.speaker!)!.name).toBe('Matt Brennard');
  });
});

describe('resolveEntities: pronoun antecedents by gender and by who spoke', () => {
  it('gives `she` the woman who speaks in her sentence over a nearer man whose gender no word tells', () => {
    const text = 'Hillary Clinton held a rally. Clinton said on Friday that she had phoned Sanders to praise what she called "a remarkable race."';
    const doc = readDocument(text);
    const drafts = buildDrafts(doc, [{ kind: 'direct', content: '"a remarkable race."', cue: 'called', source: 'she', after: 'praise what' }]);
    const { entities, speakers } = resolveEntities(doc, drafts, en);
    expect(byId(entities, speakers[0]!)!.name).toBe('Hillary Clinton');
  });

  it('learns a surname\'s gender from `he`, so a later `she` looks past it', () => {
    const text = 'Mary Barra met Sanders in Detroit. Sanders said he wanted "fair wages." Later she said the plant "will stay open."';
    const doc = readDocument(text);
    const drafts = buildDrafts(doc, [
      { kind: 'mixed', content: 'wanted "fair wages."', cue: 'said', source: 'he', after: 'Sanders said' },
      { kind: 'direct', content: '"will stay open."', cue: 'said', source: 'she' },
    ]);
    const { entities, speakers } = resolveEntities(doc, drafts, en);
    expect(byId(entities, speakers[0]!)!.name).toBe('Sanders');
    expect(byId(entities, speakers[1]!)!.name).toBe('Mary Barra');
  });

  it('lets `he` take a speaking surname first guessed to be an organisation', () => {
    const text = 'Donald Trump spoke in Buffalo. Cruz said he was "not worried." Cruz has railed against what he calls the "Washington cartel."';
    const doc = readDocument(text);
    const drafts = buildDrafts(doc, [
      { kind: 'direct', content: '"not worried."', cue: 'said', source: 'Cruz' },
      { kind: 'direct', content: '"Washington cartel."', cue: 'calls', source: 'he', after: 'what' },
    ]);
    const { entities, speakers } = resolveEntities(doc, drafts, en);
    const cruz = byId(entities, speakers[1]!)!;
    expect(cruz.name).toBe('Cruz');
    expect(cruz.kind).toBe('person');
  });

  it('gives a pronoun that speaks the latest speaker of its paragraph, past a name mentioned since', () => {
    const text = 'Marco Rubio said "the deal is dead," and blamed John Boehner for the delay. He added that "nobody trusts the leadership."';
    const doc = readDocument(text);
    const drafts = buildDrafts(doc, [
      { kind: 'direct', content: '"the deal is dead,"', cue: 'said', source: 'Marco Rubio' },
      { kind: 'mixed', content: 'that "nobody trusts the leadership."', cue: 'added', source: 'He' },
    ]);
    const { entities, speakers } = resolveEntities(doc, drafts, en);
    expect(byId(entities, speakers[1]!)!.name).toBe('Marco Rubio');
  });
});

describe('a pronoun opening a paragraph after a named speaker', () => {
  const speakerOf = async (text: string, snippet: string) => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract(text);
    const quote = x.quotes.find((q) => q.content.some((c) => c.text.includes(snippet)))!;
    return x.entities.find((e) => e.id === quote.speaker)?.name ?? null;
  };

  it('goes on with the speaker named at the end of the previous paragraph', async () => {
    const text = 'The race between the two senators has grown bitter, and it will take months to "calm down," Okafor said in a phone interview.\n\n"His temper is famously short," she said, adding that she expected a truce by summer.';
    expect(await speakerOf(text, 'famously short')).toBe('Okafor');
  });

  it('does not carry over a speaker only described, not named', async () => {
    const text = 'Paul Brannigan refused to apologise on Monday, although campaigners demanded that he resign.\n\n"Anyone offended by my post has only themselves to blame," he wrote.';
    expect(await speakerOf(text, 'only themselves to blame')).toBe('Paul Brannigan');
  });

  it('prefers a fitting name given first in the new paragraph', async () => {
    const text = 'The plan needs the votes of moderates, Delacroix said on Tuesday.\n\nMarcus Hale took the podium next. "The bill will pass before the recess," he said.';
    expect(await speakerOf(text, 'before the recess')).toBe('Marcus Hale');
  });
});

describe('speakers of statements owned by a possessive', () => {
  it('resolves `his` before a statement noun to the person it refers back to', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract('Governor Dale Whitcombe spoke in Dover on Monday. Opponents seized on his warning that the state would be "broke by spring."');
    const quote = x.quotes.find((q) => q.content.some((c) => c.text.includes('broke by spring')))!;
    expect(quote.source?.text).toBe('his');
    expect(x.entities.find((e) => e.id === quote.speaker)?.name).toBe('Dale Whitcombe');
  });
});

describe('speakers behind an intensive reflexive', () => {
  it('resolves `Walsh himself` to Walsh', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract('Mayor Martin Walsh opened the hearing. Walsh himself said Monday that the plan was "dead on arrival."');
    const quote = x.quotes.find((q) => q.content.some((c) => c.text.includes('dead on arrival')))!;
    expect(x.entities.find((e) => e.id === quote.speaker)?.name).toBe('Martin Walsh');
  });
});

describe('pronouns and lone words after a place preposition', () => {
  it('does not resolve `she` to a lone word named after `from`', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract('"Nobody can blame her for that," said Rosa Delgado, 52, a nurse from Keene. A refugee from Eritrea who became a citizen in 2015, she plans to vote in March.');
    const quote = x.quotes.find((q) => q.source?.text === 'she')!;
    expect(x.entities.find((e) => e.id === quote.speaker)?.name).toBe('Rosa Delgado');
  });
});

describe('a source whose head is a common noun', () => {
  it('names the speaker by the name in its apposition (`Another critic, Laurence H. Tribe, likened`)', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract('Another critic, Laurence H. Tribe, likened the rules to "burning the Constitution" in a brief.');
    const quote = x.quotes.find((q) => q.content.some((c) => c.text.includes('burning the Constitution')))!;
    // The source stays as PolNeAR marks it, apposition and closing comma included.
    expect(quote.source?.text).toBe('Another critic, Laurence H. Tribe,');
    expect(x.entities.find((e) => e.id === quote.speaker)?.name).toBe('Laurence H. Tribe');
  });

  it('drops the closing comma of an apposition from a descriptive name', async () => {
    const { extract } = await import('../../../src/core/extract.js');
    const x = extract('The senator, a Democrat from Ohio, said the vote would be close.');
    const quote = x.quotes[0]!;
    expect(quote.source?.text).toBe('The senator, a Democrat from Ohio,');
    expect(x.entities.find((e) => e.id === quote.speaker)?.name).toBe('senator, a Democrat from Ohio');
  });
});
