import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

const READ_A1 = `void setup(){ Serial.begin(115200); } void loop(){ Serial.println(analogRead(A1)); delay(5); }`;
const last = (text: string) => Number(text.trim().split(/\r?\n/).at(-1));

describe('photoresistor', () => {
  it('follows the documented GL5528 curve: 10 lux → 512, 100 lux → ≈ 853, dark → low', async () => {
    const { board, parts, serial } = await rig(compile, READ_A1, [{ kind: 'photoresistor', id: 'ldr', pins: { out: 'A1' }, lux: 10 }]);
    const ldr = parts.get('ldr', 'photoresistor');
    board.runMs(10);
    expect(last(serial())).toBe(512);
    ldr.setLux(100);
    board.runMs(10);
    expect(Math.abs(last(serial()) - 853)).toBeLessThanOrEqual(1);
    ldr.setLux(0);
    board.runMs(10);
    expect(last(serial())).toBeLessThan(60);
  });

  it('reads lower in brighter light when wired the other way round', async () => {
    const { board, parts, serial } = await rig(compile, READ_A1, [
      { kind: 'photoresistor', id: 'ldr', pins: { out: 'A1' }, lux: 1, wiring: 'ldr-to-gnd' },
    ]);
    board.runMs(10);
    const dim = last(serial());
    parts.get('ldr', 'photoresistor').setLux(1000);
    board.runMs(10);
    expect(last(serial())).toBeLessThan(dim);
  });

  it('adds seeded noise of the given number of steps, the same for the same seed', async () => {
    const run = async () => {
      const { board, serial } = await rig(compile, READ_A1, [{ kind: 'photoresistor', id: 'ldr', pins: { out: 'A1' }, lux: 10, noise: 2 }], 7);
      board.runMs(60);
      return serial().trim().split(/\r?\n/).map(Number);
    };
    const a = await run();
    expect(new Set(a).size).toBeGreaterThan(2);
    for (const v of a) expect(Math.abs(v - 512)).toBeLessThanOrEqual(10);
    expect(await run()).toEqual(a);
  });
});
