import { describe, expect, it } from 'vitest';
import { decodeRoster } from './rosterFile.ts';

describe('decodeRoster', () => {
  it('reads UTF-8 (with or without a BOM) and Windows-1251 from Russian Excel', () => {
    const text = 'Иванов Пётр;petya\r\nСмирнова Анна\r\n';
    expect(decodeRoster(new TextEncoder().encode(text))).toBe(text);
    expect(decodeRoster(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
    // «Иванов Пётр» in cp1251.
    const cp1251 = new Uint8Array([0xc8, 0xe2, 0xe0, 0xed, 0xee, 0xe2, 0x20, 0xcf, 0xb8, 0xf2, 0xf0]);
    expect(decodeRoster(cp1251)).toBe('Иванов Пётр');
  });
});
