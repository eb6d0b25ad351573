import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import type { MotorCommand } from './l298n.ts';
import { rig } from './testing.ts';

const WIRING = { in1: 'D7', in2: 'D8', en: 'D5' };

describe('l298n', () => {
  it('drives forward at the EN duty, then reverse, then brakes and coasts (datasheet truth table)', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ pinMode(7, OUTPUT); pinMode(8, OUTPUT); pinMode(5, OUTPUT);
        digitalWrite(7, HIGH); digitalWrite(8, LOW); analogWrite(5, 127); delay(100);
        digitalWrite(7, LOW); digitalWrite(8, HIGH); digitalWrite(5, HIGH); delay(100);
        digitalWrite(8, LOW); delay(100);
        digitalWrite(5, LOW); }
       void loop(){}`,
      [{ kind: 'l298n', id: 'm', pins: WIRING }],
    );
    const m = parts.get('m', 'l298n');
    board.runMs(50);
    expect(m.current.direction).toBe('forward');
    expect(m.current.mode).toBe('drive');
    expect(m.current.duty).toBeCloseTo(128 / 256, 2);
    board.runMs(100);
    expect(m.current).toEqual({ direction: 'reverse', mode: 'drive', duty: 1 });
    expect(m.speed).toBe(-1);
    board.runMs(100);
    expect(m.current).toEqual({ direction: 'none', mode: 'brake', duty: 0 });
    board.runMs(100);
    expect(m.current).toEqual({ direction: 'none', mode: 'coast', duty: 0 });
  });

  it('brakes on IN1 = IN2 = LOW regardless of EN when the board is set up that way', async () => {
    const sketch = `void setup(){ pinMode(7, OUTPUT); pinMode(8, OUTPUT); pinMode(5, OUTPUT); } void loop(){}`;
    const plain = await rig(compile, sketch, [{ kind: 'l298n', id: 'm', pins: WIRING }]);
    plain.board.runMs(30);
    expect(plain.parts.get('m', 'l298n').current.mode).toBe('coast');
    const braking = await rig(compile, sketch, [{ kind: 'l298n', id: 'm', pins: WIRING, brakeOnLowInputs: true }]);
    braking.board.runMs(30);
    expect(braking.parts.get('m', 'l298n').current.mode).toBe('brake');
  });

  it('with the EN jumper on, PWM on IN1 sets the duty; listeners hear every change', async () => {
    const { board, parts } = await rig(
      compile,
      `void setup(){ pinMode(6, OUTPUT); pinMode(8, OUTPUT); digitalWrite(8, LOW); analogWrite(6, 64); delay(60); analogWrite(6, 0); } void loop(){}`,
      [{ kind: 'l298n', id: 'm', pins: { in1: 'D6', in2: 'D8' } }],
    );
    const m = parts.get('m', 'l298n');
    const heard: MotorCommand[] = [];
    m.onChange((c) => heard.push(c));
    board.runMs(40);
    expect(m.current.direction).toBe('forward');
    expect(m.current.duty).toBeCloseTo(65 / 256, 2);
    board.runMs(60);
    // IN1 = IN2 = LOW with EN high: brake.
    expect(m.current).toEqual({ direction: 'none', mode: 'brake', duty: 0 });
    expect(heard.length).toBeGreaterThan(0);
    expect(heard[heard.length - 1].mode).toBe('brake');
  });
});
