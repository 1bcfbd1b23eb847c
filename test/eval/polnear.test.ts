import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { listPolnear, readPolnear } from '../../src/eval/polnear.js';
import { defaultPolnearDir } from '../../src/eval/paths.js';

const mini = 'test/fixtures/eval/polnear-first-annotator-emoji';

describe('listPolnear', () => {
  it('takes the first annotator listed in metadata.tsv, not the first file on disk', () => {
    // metadata lists "bbbb|aaaa"; aaaa's file sorts first and annotates differently.
    const entries = listPolnear(mini, 'dev');
    expect(entries.map((e) => [e.stem, e.annotator])).toEqual([['nyt_2016-10-01_vega-rally-emoji', 'bbbb']]);
  });

  it('keeps to the split asked for and names a missing metadata file', () => {
    expect(listPolnear(mini, 'test')).toEqual([]);
    expect(() => listPolnear('test/fixtures/eval/no-such-dir', 'dev')).toThrow(/no-such-dir\/metadata\.tsv: not found/);
  });
});

describe('readPolnear', () => {
  const doc = readPolnear(listPolnear(mini, 'dev')[0]!);

  it('converts code-point offsets to UTF-16 after astral characters (a flag and an emoji)', () => {
    // The flag is two code points (four UTF-16 units), 🎉 one (two units): later spans shift by 3.
    const source = doc.attributions[0]!.source[0]!;
    expect(source.text).toBe('Senator Vega');
    expect(source.start).toBe(87 + 3);
    for (const a of doc.attributions) {
      for (const s of [...a.content, ...a.source, ...a.cue]) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('keeps both fragments of a discontinuous content span', () => {
    expect(doc.attributions[0]!.content.map((s) => s.text)).toEqual(['"This is our moment,"', '"and we will not waste it."']);
  });

  it('reads Attribution-no-source with an empty source, folds Content2 into content, ignores Discuss and Discard', () => {
    expect(doc.attributions).toHaveLength(2);
    const noSource = doc.attributions[1]!;
    expect(noSource.source).toEqual([]);
    expect(noSource.cue.map((s) => s.text)).toEqual(['according to']);
    expect(noSource.content.map((s) => s.text)).toEqual(['The campaign is expected', 'to announce new endorsements']);
  });
});

const polnear = defaultPolnearDir();

describe.skipIf(!existsSync(polnear))('PolNeAR corpus on disk', () => {
  it('reads every dev article with spans that match their text', () => {
    const entries = listPolnear(polnear, 'dev');
    expect(entries.length).toBe(84);
    let spans = 0;
    let matching = 0;
    for (const e of entries) {
      const doc = readPolnear(e);
      for (const a of doc.attributions) {
        for (const s of [...a.content, ...a.source, ...a.cue]) {
          spans++;
          if (doc.text.slice(s.start, s.end) === s.text && s.end > s.start) matching++;
        }
      }
    }
    expect(spans).toBeGreaterThan(5000);
    expect(matching).toBe(spans);
  });
});
