import { describe, it, expect } from 'vitest';
import {
  ArticleClusters, POSTINGS_PER_KEY, candidateWordings, keysToIndex, planPlacement, wordingToPlace,
} from '../../../src/corpus/clustering/placement.js';
import { wordingKeys } from '../../../src/corpus/clustering/candidate-keys.js';
import { normalisedTokens } from '../../../src/corpus/clustering/normalise.js';

const tokens = normalisedTokens;
const WHOLE = 'The harbour wall will be rebuilt before the winter storms arrive, and every family on the seafront will be paid for the damage';
const CUT = 'The harbour wall will be rebuilt before the winter storms arrive, and every family';
const ELIDED = 'The harbour wall … every family on the seafront will be paid for the damage';
const OTHER = 'Ticket prices on the night ferry will double from the first of June';

describe('planPlacement', () => {
  it('joins the confirmed candidate and folds every other cluster the wording is a full variant of into the oldest', () => {
    const plan = planPlacement(tokens(WHOLE), undefined, [
      { wording: 9, cluster: 7, tokens: tokens(ELIDED) },
      { wording: 4, cluster: 3, tokens: tokens(CUT) },
      { wording: 5, cluster: 5, tokens: tokens(OTHER) },
    ]);
    expect(plan).toEqual({ cluster: 3, merges: [{ from: 7, into: 3 }] });
  });

  it('starts a new cluster when no candidate confirms, and follows an earlier repeat without looking', () => {
    expect(planPlacement(tokens(WHOLE), undefined, [{ wording: 5, cluster: 5, tokens: tokens(OTHER) }])).toEqual({ cluster: null, merges: [] });
    expect(planPlacement(tokens(WHOLE), 12, [{ wording: 4, cluster: 3, tokens: tokens(CUT) }])).toEqual({ cluster: 12, merges: [] });
  });

  it('folds the clusters of an interrupted quotation\'s parts quoted alone into one, the oldest id surviving', () => {
    const partA = tokens('The harbour wall will be rebuilt before the winter storms arrive');
    const partB = tokens('every family on the seafront will be paid');
    const candidates = [
      { wording: 8, cluster: 8, tokens: partB },
      { wording: 6, cluster: 6, tokens: partA },
      { wording: 5, cluster: 5, tokens: tokens(OTHER) },
    ];
    // The whole is too long for either part alone to be a full variant of it: without its parts
    // it would join one of them (as a container) and leave the other apart.
    expect(planPlacement([...partA, ...partB], undefined, candidates).merges).toEqual([]);
    expect(planPlacement([...partA, ...partB], undefined, candidates, [partA, partB])).toEqual({ cluster: 6, merges: [{ from: 8, into: 6 }] });
    // A part alone too short to trace is ignored, and a quotation in one piece has no parts.
    expect(wordingToPlace([...partA, ...partB], [partA, tokens('he said')])?.parts).toEqual([partA]);
    expect(wordingToPlace(partA)?.parts).toEqual([]);
  });

  it('never merges on mere containment: a fragment shared by two statements keeps them apart', () => {
    const fragment = tokens('the winter storms arrive');
    const plan = planPlacement(fragment, undefined, [
      { wording: 1, cluster: 1, tokens: tokens(WHOLE) },
      { wording: 2, cluster: 2, tokens: tokens('Nobody knows when the winter storms arrive this year, the forecasters admit') },
    ]);
    expect(plan.merges).toEqual([]);
    expect(plan.cluster).toBe(1);
  });
});

describe('candidate keys and posting lists', () => {
  it('ranks wordings by shared keys and skips quotes too short to trace', () => {
    expect(candidateWordings([[5, 3], [3], [8, 3, 5]])).toEqual([3, 5, 8]);
    expect(wordingToPlace(tokens('we will see'))).toBeNull();
    expect(wordingToPlace(tokens(CUT))?.normalised).toBe(tokens(CUT).join(' '));
  });

  it('stops indexing a key once its posting list is full', () => {
    const keys = wordingKeys(tokens(WHOLE));
    const full = keys.index[0]!;
    const indexed = keysToIndex(keys, (k) => (k === full ? POSTINGS_PER_KEY : 3));
    expect(indexed).toHaveLength(keys.index.length - 1);
    expect(indexed).not.toContain(full);
  });
});

describe('ArticleClusters', () => {
  it('sends a repeat to its earlier occurrence, following merges', () => {
    const article = new ArticleClusters([['q1', 'q3']]);
    expect(article.preferredFor('q3')).toBeUndefined();
    article.placed('q1', 7);
    article.merged({ from: 7, into: 2 });
    expect(article.preferredFor('q3')).toBe(2);
    expect(article.preferredFor('q2')).toBeUndefined();
  });
});
