// A nickname quoted inside a name: its marks belong to the name.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { inQuotedNickname } from '../../../src/core/sources/quoted-nicknames.js';

describe('inQuotedNickname', () => {
  it('reads the closing mark of a nickname between a first and a last name', () => {
    const { tokens } = readDocument('Marcia “Cia” Price said the vote was close.');
    const close = tokens.findIndex((t) => t.text === '”');
    expect(inQuotedNickname(tokens, close)).toBe(true);
  });

  it('does not read a quoted word after a common noun as a nickname', () => {
    const { tokens } = readDocument('The senator called the plan “Cheap” Friday.');
    const close = tokens.findIndex((t) => t.text === '”');
    expect(inQuotedNickname(tokens, close)).toBe(false);
  });
});
