import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { extractFeatures } from '../../../src/core/tagger/features.js';
import { goldTags } from '../../../src/core/tagger/gold-tags.js';
import { labels } from '../../../src/core/tagger/labels.js';
import { en } from '../../../src/locales/en/index.js';
import type { Span } from '../../../src/types.js';

const text = 'Senator Jane Roe said on Monday that the bill “will not pass” this year.\nIt was, according to aides, dead.';

describe('tagger features', () => {
  const doc = readDocument(text);
  const sequence = extractFeatures(doc, en);
  const at = (word: string) => sequence.tokens.findIndex((i) => doc.tokens[i]!.text === word);

  it('covers every non-space token in order', () => {
    expect(sequence.tokens.map((i) => doc.tokens[i]!.text).join(' ')).toBe(
      'Senator Jane Roe said on Monday that the bill “ will not pass ” this year . It was , according to aides , dead .',
    );
    expect(sequence.features).toHaveLength(sequence.tokens.length);
  });

  it('marks cue-lexicon words, including phrases, with their type and frame', () => {
    expect(sequence.features[at('said')]).toContain('c=speech|clause');
    expect(sequence.features[at('said')]).toContain('cl=say');
    expect(sequence.features[at('according')]).toContain('c=speech|according');
    expect(sequence.features[at('to')]).toContain('c=inside');
    expect(sequence.features[at('Jane')]).toContain('c=no');
  });

  it('tells the distance to the nearest cue and whether a that-clause began', () => {
    expect(sequence.features[at('Jane')]).toContain('R=2|clause');
    expect(sequence.features[at('on')]).toContain('L=1|clause');
    expect(sequence.features[at('bill')]).toContain('Lt=1|4-6|clause');
    expect(sequence.features[at('Senator')]).toContain('sf');
  });

  it('tracks the quotation-mark state', () => {
    expect(sequence.contexts[at('“')]!.quote).toBe('open');
    expect(sequence.contexts[at('pass')]!.quote).toBe('in');
    expect(sequence.contexts[at('”')]!.quote).toBe('close');
    expect(sequence.contexts[at('year')]!.quote).toBe('out');
  });

  it('reads the word, lemma, part of speech, shape and neighbours', () => {
    const f = sequence.features[at('Roe')]!;
    expect(f).toEqual(expect.arrayContaining(['w=roe', 'p=PROPN', 's=Xx', 'w-1=jane', 'w+1=said', 'p+1=VERB']));
  });
});

describe('gold tags', () => {
  function spanOf(part: string): Span {
    const start = text.indexOf(part);
    return { start, end: start + part.length, text: part };
  }
  const doc = readDocument(text);
  const { tokens } = extractFeatures(doc, en);

  it('tags source, cue and content as BIO runs and leaves the full stop out', () => {
    const tags = goldTags(doc, tokens, [{ source: [spanOf('Senator Jane Roe')], cue: [spanOf('said')], content: [spanOf('the bill “will not pass” this year')] }]);
    const named = tokens.map((i, k) => `${doc.tokens[i]!.text}/${labels[tags[k]!]}`);
    expect(named.slice(0, 4)).toEqual(['Senator/B-SOURCE', 'Jane/I-SOURCE', 'Roe/I-SOURCE', 'said/B-CUE']);
    expect(named.slice(7, 17)).toEqual(['the/B-CONTENT', 'bill/I-CONTENT', '“/I-CONTENT', 'will/I-CONTENT', 'not/I-CONTENT', 'pass/I-CONTENT', '”/I-CONTENT', 'this/I-CONTENT', 'year/I-CONTENT', './O']);
  });

  it('keeps the outer attribution where two nest', () => {
    const outer = { source: [spanOf('Senator Jane Roe')], cue: [spanOf('said')], content: [spanOf('the bill “will not pass” this year')] };
    const inner = { source: [spanOf('the bill')], cue: [spanOf('will')], content: [spanOf('not pass')] };
    const tags = goldTags(doc, tokens, [inner, outer]);
    const k = tokens.findIndex((i) => doc.tokens[i]!.text === 'will');
    expect(labels[tags[k]!]).toBe('I-CONTENT');
  });
});
