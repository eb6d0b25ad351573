import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// Segments a–g on D2–D8, dp on D9; counts 0…9 once a second, the point lit on odd digits.
const COUNTER = (activeLow: boolean) => `
const byte DIGITS[10] = { 0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F };
void show(byte d) {
  for (byte s = 0; s < 7; s++) digitalWrite(2 + s, ((DIGITS[d] >> s) & 1) ${activeLow ? '== 0' : '!= 0'});
  digitalWrite(9, (d & 1) ${activeLow ? '== 0' : '!= 0'});
}
void setup() { for (byte p = 2; p <= 9; p++) pinMode(p, OUTPUT); }
void loop() { for (byte d = 0; d < 10; d++) { show(d); delay(20); } }`;

const PINS = { a: 'D2', b: 'D3', c: 'D4', d: 'D5', e: 'D6', f: 'D7', g: 'D8', dp: 'D9' };

describe('seven-segment', () => {
  it('decodes the digit a common-cathode display shows, and reports each settled digit once', async () => {
    const { board, parts, events } = await rig(compile, COUNTER(false), [{ kind: 'seven-segment', id: 'seg', pins: PINS }]);
    const seg = parts.get('seg', 'seven-segment');
    board.runMs(10);
    expect(seg.digit()).toBe('0');
    expect(seg.lit()).toBe('abcdef');
    board.runMs(20);
    expect(seg.text()).toBe('1.');
    board.runMs(140);
    expect(seg.digit()).toBe('8');
    const digits = events.filter(([, , what]) => what === 'digit').map(([, , , v]) => v);
    expect(digits).toEqual(['0', '1.', '2', '3.', '4', '5.', '6', '7.', '8']);
  });

  it('works the other way round for a common-anode display', async () => {
    const { board, parts } = await rig(compile, COUNTER(true), [{ kind: 'seven-segment', id: 'seg', pins: PINS, common: 'anode' }]);
    board.runMs(90);
    expect(parts.get('seg', 'seven-segment').text()).toBe('4');
  });
});
