import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { defineBench, runBenchTest } from '../bench/index.ts';
import './index.ts';
import type { RobotScene } from './robot-scene.ts';

/**
 * Wheel encoders: a slotted disc of 20 slots on a 65 mm wheel gives a pulse per 10.2 mm of travel.
 * A real sketch counts them with INT0/INT1 (D2 left, D3 right) while the robot turns on the spot,
 * so the left wheel runs backwards and the counts still grow on both sides.
 */
const SKETCH = `
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8, R_EN = 6, R_IN1 = 4, R_IN2 = 11;
volatile unsigned long left = 0, right = 0;
void onLeft() { left++; }
void onRight() { right++; }
void setup() {
  Serial.begin(115200);
  int p[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2}; for (int i = 0; i < 6; i++) pinMode(p[i], OUTPUT);
  attachInterrupt(digitalPinToInterrupt(2), onLeft, RISING);
  attachInterrupt(digitalPinToInterrupt(3), onRight, RISING);
  digitalWrite(L_IN2, HIGH); analogWrite(L_EN, 200);   // left backwards
  digitalWrite(R_IN1, HIGH); analogWrite(R_EN, 200);   // right forwards
}
void loop() { delay(500); noInterrupts(); unsigned long l = left, r = right; interrupts(); Serial.print(l); Serial.print(' '); Serial.println(r); }`;

describe('wheel encoders', () => {
  it('give one pulse per slot of wheel travel on each side, counted by interrupts', async () => {
    const r = await compile({ source: SKETCH });
    if (!r.ok || !r.hex) throw new Error(`compile failed: ${JSON.stringify(r.errors).slice(0, 500)}`);
    const bench = defineBench({
      parts: [],
      scene: {
        kind: 'robot', field: 'arena',
        robot: { encoders: [{ id: 'enc-l', side: 'left', pin: 'D2', pulsesPerRev: 20 }, { id: 'enc-r', side: 'right', pin: 'D3', pulsesPerRev: 20 }] },
      },
      tests: [{
        id: 'count', title: { ru: 'счёт', en: 'count' }, points: 1,
        async run(t) {
          let line = '';
          for (let i = 0; i < 4; i++) line = await t.serial.waitForLine();
          const [left, right] = line.split(' ').map(Number);
          const { travel } = (t.scene as RobotScene).world;
          const perPulse = (Math.PI * 65) / 20;
          // The sketch printed a moment ago; the wheels have gone on since, so allow a few pulses.
          expect(left).toBeGreaterThan(20);
          expect(Math.abs(left - Math.abs(travel.left) / perPulse)).toBeLessThanOrEqual(4);
          expect(Math.abs(right - Math.abs(travel.right) / perPulse)).toBeLessThanOrEqual(4);
          expect(travel.left).toBeLessThan(0);
          expect(travel.right).toBeGreaterThan(0);
        },
      }],
    });
    const out = await runBenchTest(bench, 'count', { hex: r.hex });
    expect(out.message.en).toBe('Test passed');
  });
});
