import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { decodeText } from '../../src/input/decode.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/input/${name}`, import.meta.url));
const BBC_LATIN1 = '/work/shared/datasets/bbc-news/bbc/sport/199.txt';

describe('decodeText', () => {
  it('decodes UTF-8, dropping the BOM and normalising CRLF', () => {
    const d = decodeText(fixture('utf8-bom-crlf.txt'));
    expect(d).toEqual({ ok: true, encoding: 'utf-8', text: 'Markets rally\n\nShares rose on Monday, traders said.\n' });
  });

  it('falls back to Latin-1 (Windows-1252) for clearly Western non-UTF-8 text', () => {
    const d = decodeText(fixture('latin1-pound-sign.txt'));
    expect(d.ok && d.encoding).toBe('latin-1');
    expect(d.ok && d.text).toContain('Mutu £15,000');
    expect(d.ok && d.text).toContain('“It is the right decision,” said the café owner');
  });

  it.skipIf(!existsSync(BBC_LATIN1))('reads the £ in BBC sport/199.txt', () => {
    const d = decodeText(readFileSync(BBC_LATIN1));
    expect(d.ok && d.text).toContain('£15.8m signing');
  });

  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Yes,” she said.', 'utf16le')]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, text: '“Yes,” she said.' });
  });

  it('refuses binary data', () => {
    expect(decodeText(fixture('binary-with-nul-bytes.bin'))).toEqual({ ok: false, reason: 'binary data, not text' });
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 5 === 0 ? 0x07 : 0x61)));
    expect(decodeText(controls)).toEqual({ ok: false, reason: 'binary data, not text' });
  });

  it('refuses bytes that are neither UTF-8 nor Latin-1 text', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xe4 : 0x81)));
    expect(decodeText(bytes).ok).toBe(false);
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeText(fixture('empty-file.txt'))).toEqual({ ok: false, reason: 'empty input' });
    expect(decodeText(fixture('whitespace-only.txt'))).toEqual({ ok: false, reason: 'empty input' });
  });
});
