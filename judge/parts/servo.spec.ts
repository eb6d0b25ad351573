import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { rig } from './testing.ts';

// Pulses by hand (independent of any Servo library): `width` µs every ~20 ms; the width can be
// changed over Serial-free timing: first `first` µs for 200 ms, then `second` µs.
const PULSES = (first: number, second: number) => `
void pulse(unsigned int us) { digitalWrite(9, HIGH); delayMicroseconds(us); digitalWrite(9, LOW); delay(18); }
void setup() { pinMode(9, OUTPUT); }
void loop() {
  unsigned long t = millis();
  pulse(t < 200 ? ${first} : ${second});
}`;

describe('servo', () => {
  it('turns to 90° for a 1500 µs pulse train when 1500 µs is the middle (hardware.md)', async () => {
    const { board, parts, events } = await rig(compile, PULSES(1500, 1500), [
      { kind: 'servo', id: 's', pins: { signal: 'D9' }, midUs: 1500, angle: 0 },
    ]);
    board.runMs(100);
    const servo = parts.get('s', 'servo');
    // delayMicroseconds(1500) plus digitalWrite's own time makes a pulse a few µs longer.
    expect(servo.pulseUs()).toBeGreaterThan(1498);
    expect(servo.pulseUs()).toBeLessThan(1510);
    expect(Math.abs(servo.angle() - 90)).toBeLessThan(1);
    expect(servo.isDriven()).toBe(true);
    expect(events.filter(([, , what]) => what === 'angle').map(([, , , v]) => v)).toEqual([91]);
  });

  it('maps 544–2400 µs linearly onto 0–180° by default (as Servo.write does)', async () => {
    const { board, parts } = await rig(compile, PULSES(544, 2400), [{ kind: 'servo', id: 's', pins: { signal: 'D9' } }]);
    board.runMs(100);
    const servo = parts.get('s', 'servo');
    expect(servo.angle()).toBeLessThan(1);
    board.runMs(200);
    expect(servo.angle()).toBeGreaterThan(179);
    // 1472 µs is 90° and 1500 µs is a little past it.
    expect(servo.snapshot().angle).toBeGreaterThan(179);
  });

  it('holds the last valid angle when pulses stop or are out of range', async () => {
    const { board, parts } = await rig(compile, PULSES(1000, 5000), [{ kind: 'servo', id: 's', pins: { signal: 'D9' } }]);
    // From 200 ms on, the sketch sends 5000 µs pulses: glitches the servo ignores.
    board.runMs(205);
    const servo = parts.get('s', 'servo');
    const held = servo.angle();
    expect(held).toBeCloseTo(((servo.pulseUs() - 544) / 1856) * 180, 6);
    expect(Math.abs(held - ((1000 - 544) / 1856) * 180)).toBeLessThan(1);
    board.runMs(300);
    expect(servo.angle()).toBe(held);
    expect(servo.isDriven()).toBe(false);
  });

  it('moves at its rated speed when degPerSecond is set', async () => {
    const { board, parts } = await rig(compile, PULSES(544, 2400), [
      { kind: 'servo', id: 's', pins: { signal: 'D9' }, angle: 0, degPerSecond: 600 },
    ]);
    board.runMs(215);
    const servo = parts.get('s', 'servo');
    expect(servo.targetAngle()).toBe(180);
    // The 2400 µs pulse came at ≈ 200 ms; 600 °/s needs 300 ms for 180°.
    expect(servo.angle()).toBeLessThan(20);
    board.runMs(400);
    expect(servo.angle()).toBe(180);
  });

  it('a continuous-rotation servo stops at 1500 µs and turns faster further from it', async () => {
    const { board, parts } = await rig(compile, PULSES(1500, 1750), [
      { kind: 'servo', id: 's', pins: { signal: 'D9' }, continuous: true },
    ]);
    board.runMs(150);
    const servo = parts.get('s', 'servo');
    expect(servo.speed()).toBe(0);
    board.runMs(150);
    expect(servo.speed()).toBeCloseTo(0.5, 1);
  });

  it('reads Servo.write(a) as a° with the default mapping (our Servo library, Timer1)', async () => {
    const { board, parts } = await rig(
      compile,
      `#include <Servo.h>
       Servo s;
       void setup() { s.attach(9); s.write(30); delay(100); s.write(90); delay(100); s.write(150); }
       void loop() {}`,
      [{ kind: 'servo', id: 's', pins: { signal: 'D9' } }],
    );
    const servo = parts.get('s', 'servo');
    for (const angle of [30, 90, 150]) {
      board.runMs(100);
      expect(Math.abs(servo.angle() - angle)).toBeLessThan(1);
    }
  });
});
