import { describe, it, expect } from 'vitest';
import { readDocument } from '../../../src/core/document.js';
import { extractFeatures } from '../../../src/core/tagger/features.js';
import { featureHash, hashString } from '../../../src/core/tagger/hashing.js';
import { goldTags } from '../../../src/core/tagger/gold-tags.js';
import { labels } from '../../../src/core/tagger/labels.js';
import { en } from '../../../src/locales/en/index.js';
import type { Span } from '../../../src/types.js';

const text = 'Senator Jane Roe said on Monday that the bill “will not pass” this year.\nIt was, according to aides, dead.';

describe('tagger features', () => {
  const doc = readDocument(text);
  const sequence = extractFeatures(doc, en);
  const at = (word: string) => Array.from(sequence.tokens).findIndex((i) => doc.tokens[i]!.text === word);
  /** The feature hashes of the position of `word`. */
  const featuresOf = (word: string) => {
    const k = at(word);
    return Array.from(sequence.hashes.subarray(sequence.offsets[k]!, sequence.offsets[k + 1]!));
  };
  /** A feature spelled `template=a|b`, as its hash. */
  const f = (feature: string) => {
    const [template, value] = feature.split(/=(.*)/s) as [string, string | undefined];
    return value === undefined ? featureHash(template) : featureHash(template, ...value.split('|'));
  };

  it('covers every non-space token in order', () => {
    expect(Array.from(sequence.tokens, (i) => doc.tokens[i]!.text).join(' ')).toBe(
      'Senator Jane Roe said on Monday that the bill “ will not pass ” this year . It was , according to aides , dead .',
    );
    expect(sequence.offsets).toHaveLength(sequence.tokens.length + 1);
    expect(sequence.restarts[0]).toBe(1);
    expect(Array.from(sequence.restarts).slice(1).every((r) => r === 0)).toBe(true);
  });

  it('marks cue-lexicon words, including phrases, with their type and frame', () => {
    expect(featuresOf('said')).toContain(featureHash('c', 'speech|clause'));
    expect(featuresOf('said')).toContain(f('cl=say'));
    expect(featuresOf('according')).toContain(featureHash('c', 'speech|according'));
    expect(featuresOf('to')).toContain(f('c=inside'));
    expect(featuresOf('Jane')).toContain(f('c=no'));
  });

  it('tells the distance to the nearest cue and whether a that-clause began', () => {
    expect(featuresOf('Jane')).toContain(featureHash('R', '2|clause'));
    expect(featuresOf('on')).toContain(featureHash('L', '1|clause'));
    expect(featuresOf('bill')).toContain(featureHash('Lt', '1', '4-6|clause'));
    expect(featuresOf('Senator')).toContain(f('sf'));
  });

  it('tracks the quotation-mark state', () => {
    expect(sequence.context.quote[at('“')]).toBe(hashString('open'));
    expect(sequence.context.quote[at('pass')]).toBe(hashString('in'));
    expect(sequence.context.quote[at('”')]).toBe(hashString('close'));
    expect(sequence.context.quote[at('year')]).toBe(hashString('out'));
  });

  it('reads the word, lemma, part of speech, shape and neighbours', () => {
    expect(featuresOf('Roe')).toEqual(expect.arrayContaining(['w=roe', 'p=PROPN', 's=Xx', 'w-1=jane', 'w+1=said', 'p+1=VERB', 'pp=PROPN|PROPN'].map(f)));
  });
});

describe('tagger features of selected sentences', () => {
  const doc = readDocument(text);
  const whole = extractFeatures(doc, en);
  const second = extractFeatures(doc, en, { sentences: Uint8Array.from(doc.sentences, (s) => (s.i === doc.sentences.length - 1 ? 1 : 0)) });

  it('covers only the selected sentence, restarting the decoder at its first token', () => {
    expect(Array.from(second.tokens, (i) => doc.tokens[i]!.text).join(' ')).toBe('It was , according to aides , dead .');
    expect(Array.from(second.restarts)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives a selected sentence the features it has in the whole document', () => {
    const offset = Array.from(whole.tokens).indexOf(second.tokens[0]!);
    second.tokens.forEach((_, k) => {
      const alone = Array.from(second.hashes.subarray(second.offsets[k]!, second.offsets[k + 1]!));
      const inWhole = Array.from(whole.hashes.subarray(whole.offsets[offset + k]!, whole.offsets[offset + k + 1]!));
      expect(alone).toEqual(inWhole);
    });
  });

  it('gives a sentence in a later paragraph its whole-document features (quotation state, neighbours across the break)', () => {
    const paragraphs = readDocument('Rain fell all day in the capital.\n“The vote is lost. It will not pass,” the whip told reporters.\nNobody else spoke to reporters.');
    const all = extractFeatures(paragraphs, en);
    const middle = paragraphs.sentences.find((s) => paragraphs.tokens[s.firstToken]!.text === 'It')!;
    const only = extractFeatures(paragraphs, en, { sentences: Uint8Array.from(paragraphs.sentences, (s) => (s.i === middle.i ? 1 : 0)) });
    expect(only.tokens[0]).toBe(middle.firstToken);
    const offset = Array.from(all.tokens).indexOf(only.tokens[0]!);
    only.tokens.forEach((_, k) => {
      expect(Array.from(only.hashes.subarray(only.offsets[k]!, only.offsets[k + 1]!))).toEqual(Array.from(all.hashes.subarray(all.offsets[offset + k]!, all.offsets[offset + k + 1]!)));
      expect(only.context.quote[k]).toBe(all.context.quote[offset + k]);
    });
  });

  it('leaves out templates a model was not trained with', () => {
    const without = extractFeatures(doc, en, { templates: ['b', 'w'] });
    expect(without.hashes.length).toBe(2 * without.tokens.length);
  });
});

describe('gold tags', () => {
  function spanOf(part: string): Span {
    const start = text.indexOf(part);
    return { start, end: start + part.length, text: part };
  }
  const doc = readDocument(text);
  const tokens = Array.from(extractFeatures(doc, en).tokens);

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
