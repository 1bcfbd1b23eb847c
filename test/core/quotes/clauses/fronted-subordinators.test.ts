// A fronted subordinate clause after a leading coordinator or adverb still holds the attribution,
// and the main clause after its comma is the writer's.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function contents(text: string): string[][] {
  return assembleQuotes(readDocument(text), en).filter((d) => d.kind !== 'direct').map((d) => d.content.map((s) => s.text));
}

describe('fronted subordinators after a leading word', () => {
  it('ends the reported clause before the main clause after `But if`', () => {
    expect(contents('But if the mayor implied that she would not criticize the council, she did not exactly follow the rule in her next speech.'))
      .toContainEqual(['that she would not criticize the council']);
  });

  it('ends it after `Even though` too', () => {
    expect(contents('Even though the mayor said that the budget was balanced, the council voted against it.'))
      .toContainEqual(['that the budget was balanced']);
  });

  it('keeps a clause after a comma when the sentence opens with a plain subject', () => {
    expect(contents('The treasurer said that without the levy, the county lost its bond rating.'))
      .toContainEqual(['that without the levy, the county lost its bond rating']);
  });
});
