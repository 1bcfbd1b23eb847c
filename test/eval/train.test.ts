import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { parseOptions, train } from '../../src/eval/train.js';
import { defaultPolnearDir } from '../../src/eval/paths.js';

describe.skipIf(!existsSync(defaultPolnearDir()))('npm run train', () => {
  it('writes the same model twice from the same options (a few articles)', () => {
    const options = parseOptions(['--limit', '4', '--epochs', '2', '--min-count', '2']);
    const first = JSON.stringify(train(options, false));
    const second = JSON.stringify(train(options, false));
    expect(second).toBe(first);
    expect(JSON.parse(first).features).toBeGreaterThan(0);
    const reseeded = JSON.stringify(train({ ...options, seed: options.seed + 1 }, false));
    expect(reseeded).not.toBe(first);
  });

  it('rejects an unknown option with one line naming it', () => {
    expect(() => parseOptions(['--epoch', '3'])).toThrow(/unknown option --epoch/);
  });
});

describe('train options', () => {
  it('reads cross-validation folds and the training scope, and rejects an unknown scope', () => {
    const options = parseOptions(['--folds', '4', '--scope', 'open']);
    expect(options.folds).toBe(4);
    expect(options.scope).toBe('open');
    expect(parseOptions([]).folds).toBe(0);
    expect(() => parseOptions(['--scope', 'some'])).toThrow(/--scope: all or open/);
  });
});
