import { describe, it, expect } from 'vitest';
import { extract } from '../../../src/core/extract.js';
import { readDocument } from '../../../src/core/document/document.js';
import { attributeByClause, type ClauseReadings } from '../../../src/core/quotes/clause-subject.js';
import { en } from '../../../src/locales/en/index.js';
import { buildDrafts } from './draft-builder.js';

/** The quotation whose content contains `words`, with its source and cue as written. */
function attributionOf(text: string, words: string): { source: string | null; cue: string | null } {
  const q = extract(text).quotes.find((x) => x.content.some((c) => c.text.includes(words)));
  if (!q) throw new Error(`no quotation with ${words}`);
  return { source: q.source?.text ?? null, cue: q.cue?.text ?? null };
}

describe('attributeByClause', () => {
  it('gives a quotation inside a clause the subject of its verb, whatever the verb', () => {
    expect(attributeByClauseSource('Deputy Mayor Ann Holt described the weekend marches as largely “calm and orderly.”', 'calm and orderly')).toBe('Deputy Mayor Ann Holt');
    expect(attributeByClauseSource('Senator Lee Park called the draft a “sensible place to begin our talks.”', 'sensible place')).toBe('Senator Lee Park');
  });

  it('takes the verb the quotation hangs on as its cue', () => {
    expect(attributionOf('The new campaign leaflet promises to “bring the jobs back to every town in the valley.”', 'bring the jobs')).toEqual({
      source: 'The new campaign leaflet',
      cue: 'promises',
    });
  });

  it('looks through a that-clause to the subject of the verb before it', () => {
    expect(attributeByClauseSource('In the depths of the slump, Paul Dorsey worried that the welfare system was becoming “a trap for people who want to work.”', 'a trap')).toBe('Paul Dorsey');
  });

  it('does not take the object of the verb for its subject', () => {
    expect(attributeByClauseSource('Mayor Ruth Keller, who spent the morning downtown, described the crowds as largely “very peaceful and good-humoured.”', 'very peaceful')).toBe('Mayor Ruth Keller, who spent the morning downtown,');
  });

  it('widens the content back to the start of the verb\'s complement the quotation sits in', () => {
    const q = extract('At the rally, Senator Lee Park called his opponent a “career politician with nothing left to say.”').quotes[0]!;
    expect(q.content.map((c) => c.text)).toEqual(['his opponent a “career politician with nothing left to say.”']);
    expect(q.kind).toBe('mixed');
    expect(q.cue?.text).toBe('called');
  });

  it('keeps the content to the quotation when a colon or comma sets it off from the verb', () => {
    const q = extract('The senator made a blunt case to the committee: “Nobody in this room has read the whole bill.”').quotes[0]!;
    expect(q.content.map((c) => c.text)).toEqual(['“Nobody in this room has read the whole bill.”']);
  });

  it('skips a relative clause closed by a comma before the quotation', () => {
    expect(attributeByClauseSource('Cole is praising Ben Marsh, who ended his campaign on Sunday, as “a man who never went for the cheap shot.”', 'a man who')).toBe('Cole');
  });

  it('reads an attribution after a quotation with a verb no cue lexicon lists', () => {
    expect(attributionOf('“They were all promised free stuff and they came for it,” Bennett shot back with a laugh.', 'free stuff')).toEqual({ source: 'Bennett', cue: 'shot' });
    expect(attributeByClauseSource('“Nobody here is going to give up before the count is done,” the conservative-leaning newspaper wrote.', 'Nobody here')).toBe('the conservative-leaning newspaper');
    expect(attributeByClauseSource('“What if the mayor had taken elocution lessons?” the 43-year-old asked in the video.', 'elocution')).toBe('the 43-year-old');
  });

  it('takes a name before a colon as the writer of the quotation after it', () => {
    expect(attributeByClauseSource('RED STATES NOW OUTNUMBER BLUE STATES - Maria L. Ortega: “At long last the contests have started and the early numbers are strong.”', 'At long last')).toBe('Maria L. Ortega');
  });

  it('does not take the object of a preposition before a colon for a speaker', () => {
    expect(attributeByClauseSource('Senate leader Tom Ames delivered a blunt message to Trump: “It is time to stop attacking the people you ran against.”', 'It is time')).toBe('Senate leader Tom Ames');
  });

  it('reads a verb the tagger took for a noun or an adjective', () => {
    expect(attributionOf('The new radio ad claims “Mayor Dunn is the only candidate you can trust with the budget.”', 'only candidate')).toEqual({
      source: 'The new radio ad',
      cue: 'claims',
    });
  });

  it('takes a capitalised name the tagger misread before a colon', () => {
    expect(attributeByClauseSource('A lesson from Loretta Lynch: ‘Be the voice that people hear when it matters.’', 'Be the voice')).toBe('A lesson from Loretta Lynch');
  });

  it('leaves a quotation that opens its sentence with nothing after it unattributed', () => {
    expect(attributionOf('“We will be back next year with twice the volunteers and a better plan.”', 'We will be back')).toEqual({ source: null, cue: null });
  });
});

function attributeByClauseSource(text: string, words: string): string | null {
  return attributionOf(text, words).source;
}

describe('attributeByClause: headlines and announced statements', () => {
  it('gives a quotation after a paragraph ending in an announcing colon that clause\'s subject', () => {
    const text = 'After the floods, Governor Ana Ruiz released the following statement:\n\n“Our thoughts are with every family who lost a home this week. We will rebuild.”\n\nThe legislature meets on Monday.';
    expect(attributionOf(text, 'Our thoughts')).toEqual({ source: 'Governor Ana Ruiz', cue: 'released' });
  });

  it('reads a name heading its line before a colon even when its first word is misread', () => {
    expect(attributionOf('Ted Cruz: ‘Shoving A Reporter Is A Fireable Offense.’\n\nThe senator spoke in Illinois.', 'Shoving').source).toBe('Ted Cruz');
  });

  it('reads the capitalised verb of a title-cased headline as its verb', () => {
    expect(attributionOf('Mayor Makes Campaign Promise To End ‘Pothole Season Forever.’\n\nThe mayor spoke on Monday.', 'Pothole Season').source).toBe('Mayor');
  });
});

describe('attributeByClause: readings kept from an earlier pass', () => {
  const text = 'Senator Lee Park called the plan a “sensible start” and “a fair deal.” Park left early. Later, Mayor Ann Holt described the vote as “a real step forward.”';
  const doc = readDocument(text);
  const drafts = buildDrafts(doc, [
    { kind: 'direct', content: '“sensible start”' },
    { kind: 'direct', content: '“a fair deal.”' },
    { kind: 'direct', content: '“a real step forward.”' },
  ]).map((d) => ({ ...d, confidence: 0.55 }));
  const sources = (ds: typeof drafts) => ds.map((d) => d.source?.text ?? null);

  /** Each draft read alone, as the fragment check reads a fragment. */
  function readAlone(): ClauseReadings {
    const readings: ClauseReadings = new Map();
    for (const d of drafts) attributeByClause(doc, [d], en, undefined, readings);
    return readings;
  }

  it('gives what a fresh reading gives, also where the quotation before changes the clause', () => {
    const readings = readAlone();
    // Alone, the second fragment is Park's; after the first, its clause starts at `and`.
    expect(sources(attributeByClause(doc, [drafts[1]!], en))).toEqual(['Senator Lee Park']);
    const fresh = attributeByClause(doc, drafts, en);
    expect(sources(fresh)).toEqual(['Senator Lee Park', null, 'Mayor Ann Holt']);
    expect(attributeByClause(doc, drafts, en, undefined, readings)).toEqual(fresh);
  });

  it('reuses the reading of a quotation whose clause the one before does not reach', () => {
    const readings = readAlone();
    // A reading marked as finding nothing shows whether it was read again.
    for (const reading of readings.values()) reading.found = null;
    expect(sources(attributeByClause(doc, drafts, en, undefined, readings))).toEqual([null, null, null]);
  });

  it('reads a past-tense word the tagger took for an adjective after a name as the verb of the attribution', () => {
    expect(attributionOf('“If they meant to make progress, they would have brought the bipartisan bill,” Whitfield fumed on Tuesday.', 'bipartisan bill')).toEqual({
      source: 'Whitfield',
      cue: 'fumed',
    });
  });

  it('gives a quotation after `From the report:` to the report, not reading `From` as part of a name', () => {
    expect(attributionOf('The panel met for hours. From the report: “In general, the larger samples gave more accurate results.”', 'larger samples')).toEqual({
      source: 'the report',
      cue: ':',
    });
  });
});
