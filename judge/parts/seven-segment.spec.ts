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
    const digits = events.filter(([, , what]) => what === 'text').map(([, , , v]) => v);
    expect(digits).toEqual(['0', '1.', '2', '3.', '4', '5.', '6', '7.', '8']);
  });

  it('works the other way round for a common-anode display', async () => {
    const { board, parts } = await rig(compile, COUNTER(true), [{ kind: 'seven-segment', id: 'seg', pins: PINS, common: 'anode' }]);
    board.runMs(90);
    expect(parts.get('seg', 'seven-segment').text()).toBe('4');
  });

  it('reads a 4-digit multiplexed display as the eye does, and blanks digits no longer refreshed', async () => {
    // Segments a–dp on D2–D9, digits dig1–dig4 on D10–D13 (LOW selects a common-cathode digit).
    const { board, parts, events } = await rig(
      compile,
      `const byte DIGITS[10] = { 0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F };
       const byte SHOW[4] = { 1, 2, 3, 4 };
       void setup() { for (byte p = 2; p <= 13; p++) pinMode(p, OUTPUT); for (byte d = 10; d <= 13; d++) digitalWrite(d, HIGH); }
       void loop() {
         byte until = millis() < 60 ? 4 : 2;   // after 60 ms only the first two digits are refreshed
         for (byte i = 0; i < until; i++) {
           byte m = DIGITS[SHOW[i]] | (i == 1 ? 0x80 : 0);
           for (byte s = 0; s < 8; s++) digitalWrite(2 + s, (m >> s) & 1);
           digitalWrite(10 + i, LOW); delay(3); digitalWrite(10 + i, HIGH);
         }
       }`,
      [
        {
          kind: 'seven-segment',
          id: 'clock',
          digits: 4,
          pins: { a: 'D2', b: 'D3', c: 'D4', d: 'D5', e: 'D6', f: 'D7', g: 'D8', dp: 'D9', dig1: 'D10', dig2: 'D11', dig3: 'D12', dig4: 'D13' },
        },
      ],
    );
    const clock = parts.get('clock', 'seven-segment');
    board.runMs(40);
    expect(clock.text()).toBe('12.34');
    expect(clock.snapshot()['1dp']).toBe(true);
    board.runMs(60);
    expect(clock.text()).toBe('12.  ');
    expect(events.filter(([, , what]) => what === 'text').map(([, , , v]) => v)).toContain('12.34');
  });
});
