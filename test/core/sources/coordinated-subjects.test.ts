// A subject of several conjuncts is the source as a whole, not its last noun phrase.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './cue-source.js';

describe('coordinatedSubject', () => {
  it.each([
    ['Sanders and his supporters argue that superdelegates should back him.', 'argue', 'Sanders and his supporters'],
    ['President Obama, Hillary Clinton, and other Democrats want the law repealed.', 'want', 'President Obama, Hillary Clinton, and other Democrats'],
    ['She and her aides have vowed to fight on.', 'have vowed', 'She and her aides'],
    ['Mr. Xi and other leaders have said that cutting output must be a key part of their program.', 'have said', 'Mr. Xi and other leaders'],
  ])('takes in every conjunct of %s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toBe(source);
  });

  it('keeps to the subject when the conjuncts before it are an object', () => {
    expect(sourceOf('Trump won the Ohio primary and his aides said the race was over.', 'said')).toBe('his aides');
  });
});
