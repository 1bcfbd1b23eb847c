import { describe, it, expect } from 'vitest';
import { extract } from '../../src/core/extract.js';
import type { CueType, Quote } from '../../src/types.js';

/** The one quote whose content contains `words`. */
function quoteWith(text: string, words: string): Quote {
  const found = extract(text).quotes.filter((q) => q.content.some((s) => s.text.includes(words)));
  expect(found, `one quote containing ${JSON.stringify(words)}`).toHaveLength(1);
  return found[0]!;
}

describe('extract() tells what kind of attribution each quote is (Quote.cueType)', () => {
  const cases: Array<{ type: CueType; sentence: string; content: string; cue: string }> = [
    { type: 'speech', sentence: 'The harbour master said the new breakwater would be finished by the spring.', content: 'the new breakwater would be finished', cue: 'said' },
    { type: 'speech', sentence: '“We cannot wait another winter,” the harbour master told reporters on Tuesday.', content: 'We cannot wait another winter', cue: 'told reporters' },
    { type: 'writing', sentence: 'In a letter to parents, the head teacher wrote that the school would reopen on Monday.', content: 'the school would reopen on Monday', cue: 'wrote' },
    { type: 'writing', sentence: 'The councillor tweeted that the vote had been rigged from the start.', content: 'the vote had been rigged', cue: 'tweeted' },
    { type: 'belief', sentence: 'Many residents believe that the ferry service will be cut before the summer.', content: 'the ferry service will be cut', cue: 'believe' },
    { type: 'belief', sentence: 'Local traders fear that the road closures will drive shoppers away for good.', content: 'the road closures will drive shoppers away', cue: 'fear' },
    { type: 'intention', sentence: 'The mayor wants to put the harbour budget to a public vote next year.', content: 'to put the harbour budget to a public vote', cue: 'wants' },
    { type: 'intention', sentence: 'The union has threatened to walk out if the pay offer is not improved.', content: 'to walk out if the pay offer is not improved', cue: 'threatened' },
    { type: 'stance', sentence: 'The mayor endorsed Ms Patel in the race for the council leadership.', content: 'Ms Patel', cue: 'endorsed' },
    { type: 'stance', sentence: 'The council approved the harbour budget on Thursday after a long debate.', content: 'the harbour budget', cue: 'approved' },
  ];
  for (const c of cases) {
    it(`${c.type}: ${c.sentence}`, () => {
      const q = quoteWith(c.sentence, c.content);
      expect(q.cue?.text).toContain(c.cue);
      expect(q.cueType).toBe(c.type);
    });
  }

  it('a speech and a belief in one article keep their own types', () => {
    const text = 'The minister said the bridge was safe. Engineers, however, think that the cables are corroded.';
    expect(quoteWith(text, 'the bridge was safe').cueType).toBe('speech');
    expect(quoteWith(text, 'the cables are corroded').cueType).toBe('belief');
  });

  it('`listed` reports what was said, not a stance', () => {
    const q = quoteWith('The inspector listed three failures in the kitchen during the visit last month.', 'three failures');
    expect(q.cue?.text).toBe('listed');
    expect(q.cueType).toBe('speech');
  });

  it('a quotation with no cue (quotation marks alone) is speech', () => {
    const text = 'Ms Okafor has run the bakery on Mill Street for twenty years.\n\n“Nobody at the council has ever asked us what we need from this scheme.”';
    const q = quoteWith(text, 'Nobody at the council');
    expect(q.cue).toBeNull();
    expect(q.cueType).toBe('speech');
  });

  it('a sign or message that reads quoted words is writing, though the verb only frames quotations', () => {
    const q = quoteWith('The banner above the stage reads: “No cuts to the lifeboat service.”', 'No cuts to the lifeboat service');
    expect(q.cueType).toBe('writing');
  });
});
