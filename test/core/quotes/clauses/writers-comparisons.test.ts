// The writer's comparison after a reported figure is left out of the content.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function contents(text: string): string[][] {
  return assembleQuotes(readDocument(text), en).filter((d) => d.kind !== 'direct').map((d) => d.content.map((s) => s.text));
}

describe('writer’s comparisons', () => {
  it('ends the reported clause before `, compared with`', () => {
    expect(contents('Fifty-two percent of likely voters said they had a positive view of the governor, compared with 41 percent in May.'))
      .toContainEqual(['they had a positive view of the governor']);
  });

  it('keeps a comparison without the comma inside what was said', () => {
    expect(contents('The mayor said the new budget was small compared with last year’s.'))
      .toContainEqual(['the new budget was small compared with last year’s']);
  });
});
