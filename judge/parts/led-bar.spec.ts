import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

describe('led-bar', () => {
  it('shows a level meter: map(analogRead) lights that many LEDs from led1', async () => {
    const pins = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`led${i + 1}`, `D${i + 2}`]));
    const { board, parts, events } = await rig(
      compile,
      `void setup(){ for (int p = 2; p <= 11; p++) pinMode(p, OUTPUT); }
       void loop(){ int n = map(analogRead(A0), 0, 1023, 0, 10);
         for (int i = 0; i < 10; i++) digitalWrite(2 + i, i < n ? HIGH : LOW); delay(10); }`,
      [
        { kind: 'led-bar', id: 'bar', pins },
        { kind: 'potentiometer', id: 'pot', pins: { wiper: 'A0' }, position: 0.3 },
      ],
    );
    board.runMs(20);
    const bar = parts.get('bar', 'led-bar');
    expect(bar.pattern()).toBe('1110000000');
    expect(bar.count()).toBe(3);
    parts.get('pot', 'potentiometer').setPosition(1);
    board.runMs(20);
    expect(bar.count()).toBe(10);
    expect(events.filter(([, id, what]) => id === 'bar' && what === 'pattern').map(([, , , v]) => v)).toEqual([
      '1110000000',
      '1111111111',
    ]);
  });
});
