// The writer's apposition after a reported clause (`…, a former senator`, `…, a share that has
// grown`), through assembleQuotes: it is left out; a clause or a list after the comma stays.
import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../../src/core/document/document.js';
import { assembleQuotes } from '../../../../src/core/quotes/quotes.js';
import { en } from '../../../../src/locales/en/index.js';

function contents(text: string): string[][] {
  return assembleQuotes(readDocument(text), en).filter((d) => d.kind !== 'direct').map((d) => {
    for (const s of d.content) expect(text.slice(s.start, s.end)).toBe(s.text);
    return d.content.map((s) => s.text);
  });
}

describe('trailing apposition after a reported clause', () => {
  it('leaves out who a named person is', () => {
    expect(contents('The governor said he expected a close race against Ms. Okafor, a former state treasurer.'))
      .toContainEqual(['he expected a close race against Ms. Okafor']);
  });

  it('leaves out the writer’s summary of the statement, with its relative clause', () => {
    expect(contents('The organizers said about half of the volunteers were retirees, a share that has grown every year.'))
      .toContainEqual(['about half of the volunteers were retirees']);
  });

  it('keeps a clause of its own after the comma', () => {
    expect(contents('The pollster said turnout would decide the outcome, the race was that close.'))
      .toContainEqual(['turnout would decide the outcome, the race was that close']);
  });

  it('leaves out an apposition set off by a dash as by a comma', () => {
    expect(contents('The coach said the team would miss its captain — a player who has started every game this season.'))
      .toContainEqual(['the team would miss its captain']);
  });

  it('keeps the last items of a list', () => {
    expect(contents('The mayor said the budget would pay for new buses, the repair of two bridges and longer library hours.'))
      .toContainEqual(['the budget would pay for new buses, the repair of two bridges and longer library hours']);
  });
});
