import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

describe('buzzer', () => {
  it('measures tone(8, 440) as 440 ± 2 Hz and falls silent after noTone', async () => {
    const { board, parts, events } = await rig(
      compile,
      `void setup(){ tone(8, 440); delay(200); noTone(8); delay(100); tone(8, 1000, 50); } void loop(){}`,
      [{ kind: 'buzzer', id: 'bz', pins: { pin: 'D8' } }],
    );
    const bz = parts.get('bz', 'buzzer');
    board.runMs(150);
    expect(Math.abs(bz.frequency() - 440)).toBeLessThan(2);
    expect(bz.isSounding()).toBe(true);
    board.runMs(100);
    expect(bz.frequency()).toBe(0);
    board.runMs(80);
    expect(Math.abs(bz.frequency() - 1000)).toBeLessThan(5);
    board.runMs(50);
    expect(bz.frequency()).toBe(0);
    const tones = events.filter(([, , what]) => what === 'tone');
    const at = (ms: number) => Number(tones.filter(([c]) => c <= board.msToCycles(ms)).at(-1)?.[3]);
    expect(Math.abs(at(199) - 440)).toBeLessThan(2);
    expect(at(290)).toBe(0);
    expect(Math.abs(at(340) - 1000)).toBeLessThan(5);
    expect(tones.at(-1)?.[3]).toBe(0);
  });

  it('an active buzzer sounds at its own pitch while the pin is HIGH', async () => {
    const { board, parts } = await rig(compile, `void setup(){ pinMode(8, OUTPUT); digitalWrite(8, HIGH); delay(50); digitalWrite(8, LOW); } void loop(){}`, [
      { kind: 'buzzer', id: 'bz', pins: { pin: 'D8' }, type: 'active' },
    ]);
    board.runMs(20);
    expect(parts.get('bz', 'buzzer').frequency()).toBe(2300);
    board.runMs(50);
    expect(parts.get('bz', 'buzzer').frequency()).toBe(0);
  });
});
