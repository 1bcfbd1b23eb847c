import { describe, it, expect } from 'vitest';
import { parseLogisticTrainingOptions, type LogisticTrainingOptions } from '../../src/eval/logistic-training-options.js';
import { defaultLogisticOptions } from '../../src/eval/logistic.js';

const defaults: LogisticTrainingOptions = {
  data: '/data/polnear', folds: 5, limit: 0, out: '/models/m.json', dry: false, logistic: { ...defaultLogisticOptions, l2: 0.01 },
};

describe('the trainers’ command line', () => {
  it('reads every flag over the defaults, without changing the defaults object', () => {
    const options = parseLogisticTrainingOptions(['--folds', '3', '--limit', '10', '--l2', '0.5', '--min-count', '2', '--out', 'x.json', '--dry'], defaults);
    expect(options).toMatchObject({ data: '/data/polnear', folds: 3, limit: 10, out: 'x.json', dry: true, logistic: { l2: 0.5, minCount: 2 } });
    expect(defaults.logistic.l2).toBe(0.01);
    expect(defaults.dry).toBe(false);
  });

  it('keeps the defaults when no flag is given', () => {
    expect(parseLogisticTrainingOptions([], defaults)).toEqual(defaults);
  });

  it('names the flag and the problem in one line', () => {
    expect(() => parseLogisticTrainingOptions(['--folds', 'two'], defaults)).toThrow('--folds: expected a whole number, not "two"');
    expect(() => parseLogisticTrainingOptions(['--l2', '-1'], defaults)).toThrow('--l2: expected a number ≥ 0, not "-1"');
    expect(() => parseLogisticTrainingOptions(['--out'], defaults)).toThrow('--out: missing value');
    expect(() => parseLogisticTrainingOptions(['--epochs', '3'], defaults)).toThrow(/^unknown option --epochs/);
    expect(() => parseLogisticTrainingOptions(['--folds', '1'], defaults)).toThrow('--folds: at least 2');
  });
});
