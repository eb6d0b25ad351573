import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

const READ_A0 = `void setup(){ Serial.begin(115200); } void loop(){ Serial.println(analogRead(A0)); delay(5); }`;
const last = (text: string) => Number(text.trim().split(/\r?\n/).at(-1));

describe('potentiometer', () => {
  it('turns setPosition into the wiper voltage analogRead sees (0 → 0, ¼ → 256, 1 → 1023)', async () => {
    const { board, parts, serial } = await rig(compile, READ_A0, [{ kind: 'potentiometer', id: 'pot', pins: { wiper: 'A0' } }]);
    const pot = parts.get('pot', 'potentiometer');
    board.runMs(10);
    expect(last(serial())).toBe(512);
    pot.setPosition(0);
    board.runMs(10);
    expect(last(serial())).toBe(0);
    pot.setPosition(0.25);
    board.runMs(10);
    expect(last(serial())).toBe(256);
    pot.setPosition(1);
    board.runMs(10);
    expect(last(serial())).toBe(1023);
    expect(pot.snapshot()).toEqual({ position: 1, volts: 5 });
  });

  it('refuses a wiper on a digital pin', async () => {
    await expect(rig(compile, READ_A0, [{ kind: 'potentiometer', id: 'pot', pins: { wiper: 'D5' } }])).rejects.toThrow(/not an analog input/);
  });
});
