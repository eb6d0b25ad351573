import { describe, expect, it } from 'vitest';
import { compile } from '../../toolchain/index.ts';
import { defineBench, runBenchTest } from '../../bench/index.ts';
import '../index.ts';
import type { RobotScene } from '../robot-scene.ts';
import { KIT } from '../robot-spec.ts';

/**
 * «Парктроник»-style check: the robot drives at the arena's fence (inner edge at x = 1988 mm) and
 * must stand still in front of it without touching it. Real sketches, compiled by avr-gcc.
 */
const MOTORS = `
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8, R_EN = 6, R_IN1 = 4, R_IN2 = 11;
void drive(int l, int r) {
  digitalWrite(L_IN1, l > 0); digitalWrite(L_IN2, l < 0); analogWrite(L_EN, abs(l));
  digitalWrite(R_IN1, r > 0); digitalWrite(R_IN2, r < 0); analogWrite(R_EN, abs(r));
}
long cm() { digitalWrite(12, HIGH); delayMicroseconds(10); digitalWrite(12, LOW); return pulseIn(13, HIGH, 30000) / 58; }
void setup() { int p[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2, 12}; for (int i = 0; i < 7; i++) pinMode(p[i], OUTPUT); }
`;

async function judge(loop: string): Promise<{ verdict: string; message: string; gap: number | undefined }> {
  const r = await compile({ source: `${MOTORS}\nvoid loop() {${loop}}` });
  if (!r.ok || !r.hex) throw new Error(`compile failed: ${JSON.stringify(r.errors).slice(0, 500)}`);
  let gap: number | undefined;
  const bench = defineBench({
    parts: [],
    scene: { kind: 'robot', field: 'arena', robot: { sonar: KIT.sonar }, start: { x: 1300, y: 1000, heading: 0 } },
    tests: [{
      id: 'park', title: { ru: 'парковка', en: 'parking' }, points: 1,
      async run(t) {
        await t.runMs(4000);
        gap = (t.scene as RobotScene).expect.stoppedNear({ within: 200, atLeast: 30 });
      },
    }],
  });
  const out = await runBenchTest(bench, 'park', { hex: r.hex });
  return { verdict: out.verdict, message: out.message.en, gap };
}

describe('expect.stoppedNear', () => {
  it('passes a robot that stops by its sonar and returns the gap to the wall', async () => {
    const r = await judge(`long d = cm(); if (d > 0 && d < 20) { drive(0, 0); while (true) {} } drive(180, 180); delay(30);`);
    expect(r.message).toBe('Test passed');
    expect(r.gap).toBeGreaterThan(30);
    expect(r.gap).toBeLessThan(200);
  });

  it('fails a robot that drives into the wall, saying so', async () => {
    const r = await judge(`drive(180, 180); delay(3000); drive(0, 0); while (true) {}`);
    expect(r.verdict).toBe('wrong');
    expect(r.message).toMatch(/ran into the obstacle/);
  });

  it('fails a robot that is still moving at the end, saying how far it went', async () => {
    const r = await judge(`drive(160, 60);`);
    expect(r.verdict).toBe('wrong');
    expect(r.message).toMatch(/still moving/);
  });
});
