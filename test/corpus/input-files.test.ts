import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { countInputFiles, fileOfOrigin } from '../../src/corpus/input-files.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest', import.meta.url));

describe('input files for the progress bar', () => {
  it('maps record origins to their file', () => {
    expect(fileOfOrigin('news/wire.jsonl:12')).toBe('news/wire.jsonl');
    expect(fileOfOrigin('feeds/bbc.xml#3')).toBe('feeds/bbc.xml');
    expect(fileOfOrigin('lists/records.json#2')).toBe('lists/records.json');
    expect(fileOfOrigin('news/story.txt')).toBe('news/story.txt');
    // A mark before the last slash, or not followed by digits, is part of the name.
    expect(fileOfOrigin('C:/news/story.txt')).toBe('C:/news/story.txt');
    expect(fileOfOrigin('news/issue#4-notes.txt')).toBe('news/issue#4-notes.txt');
  });

  it('counts the files the reader will open, a missing path as one', async () => {
    // The seven fixture files, plus one path that does not exist.
    expect(await countInputFiles([fixtures, `${fixtures}/no-such-file.txt`])).toBe(8);
  });
});
