import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

describe('rgb-led', () => {
  it('mixes PWM colours on a common-cathode LED', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ analogWrite(9, 255); analogWrite(10, 0); analogWrite(11, 128); } void loop(){}`,
      [{ kind: 'rgb-led', id: 'rgb', pins: { r: 'D9', g: 'D10', b: 'D11' } }],
    );
    board.runMs(30);
    const c = parts.get('rgb', 'rgb-led').color();
    expect(c.r).toBe(1);
    expect(c.g).toBe(0);
    expect(c.b).toBeCloseTo(128 / 255, 2);
    expect(parts.get('rgb', 'rgb-led').hex()).toBe('#ff0080');
  });

  it('lights a colour on LOW when the common leg is the anode', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ pinMode(9, OUTPUT); pinMode(10, OUTPUT); pinMode(11, OUTPUT);
        digitalWrite(9, HIGH); digitalWrite(10, LOW); analogWrite(11, 191); } void loop(){}`,
      [{ kind: 'rgb-led', id: 'rgb', pins: { r: 'D9', g: 'D10', b: 'D11' }, common: 'anode' }],
    );
    board.runMs(30);
    const c = parts.get('rgb', 'rgb-led').color();
    expect(c.r).toBe(0);
    expect(c.g).toBe(1);
    expect(c.b).toBeCloseTo(64 / 255, 2);
  });
});
