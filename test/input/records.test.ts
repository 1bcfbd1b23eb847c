import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { readJsonLines, readJsonFile } from '../../src/input/records.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/input/${name}`, import.meta.url), 'utf8');

describe('readJsonLines', () => {
  const items = readJsonLines(fixture('records-with-bad-line.jsonl'), 'wire.jsonl', { outlet: 'Default Outlet' });

  it('reads good records with their fields, HTML records as paragraphs', () => {
    expect(items[0]).toEqual({
      origin: 'wire.jsonl:1', id: 'r1', url: 'https://wire.example/1', title: 'Rates held', outlet: 'Wire Daily',
      published: '2023-03-14T12:00Z', text: 'The central bank held rates on Tuesday.\n\n"Inflation is falling," the governor said.',
    });
    expect(items[2]).toEqual({ origin: 'wire.jsonl:4', id: 'r3', outlet: 'Default Outlet', published: '2023-03-14', text: 'Talks resumed on Monday.\n\n“We are close,” a negotiator said.' });
  });

  it('reports each bad line by number with the problem, and goes on', () => {
    expect(items.map((i) => ('message' in i ? i.message.replace(/\(.*\)/, '(…)') : i.origin))).toEqual([
      'wire.jsonl:1',
      'wire.jsonl:2: not JSON (…)',
      'wire.jsonl:4',
      'wire.jsonl:5: record has neither "text" nor "html"',
      'wire.jsonl:6: expected an object, got an array',
      'wire.jsonl:7: field "text" must be a string, got number',
    ]);
  });

  it('reports an unreadable published date', () => {
    expect(readJsonLines('{"text": "x said y", "published": "soonish"}', 'd.jsonl', {})).toEqual([{ origin: 'd.jsonl:1', message: 'd.jsonl:1: unreadable "published" date "soonish"' }]);
  });
});

describe('readJsonFile', () => {
  it('reads an array of records, numbering them', () => {
    const items = readJsonFile(fixture('records-array.json'), 'port.json', {});
    expect(items.map((i) => i.origin)).toEqual(['port.json#1', 'port.json#2']);
    expect(items[1]).toMatchObject({ id: 'a2', outlet: 'Coast Post', published: '2023-03-13' });
  });

  it('reads a single record and {articles: [...]}', () => {
    expect(readJsonFile('{"text": "Hello, she said."}', 'one.json', {})).toEqual([{ origin: 'one.json', text: 'Hello, she said.' }]);
    expect(readJsonFile('{"articles": [{"text": "A"}, {"text": "B"}]}', 'many.json', {})).toHaveLength(2);
  });

  it('reports broken JSON as one line', () => {
    const [err] = readJsonFile('{"text": ', 'bad.json', {});
    expect(err).toMatchObject({ origin: 'bad.json' });
    expect((err as { message: string }).message).toMatch(/^bad\.json: not JSON \(.*\)$/);
  });
});
