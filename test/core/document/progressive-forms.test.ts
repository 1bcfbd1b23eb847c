import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document/document.js';
import { isProgressiveForm } from '../../../src/core/document/progressive-forms.js';
import { getLocale } from '../../../src/locales/index.js';

describe('isProgressiveForm', () => {
  it('reads the progressive ending in any case, whatever the tag', () => {
    const { words } = getLocale('en');
    const doc = readDocument('BREAKING: Officials, SAYING little, were meeting in the building on Monday.');
    const byWord = new Map(doc.tokens.map((t) => [t.text, isProgressiveForm(t, words)]));
    expect(byWord.get('SAYING')).toBe(true);
    expect(byWord.get('meeting')).toBe(true);
    expect(byWord.get('building')).toBe(true);
    expect(byWord.get('were')).toBe(false);
    expect(byWord.get('Officials')).toBe(false);
  });
});
