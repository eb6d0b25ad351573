import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { defineBench, runBenchTest } from '../bench/index.ts';
import './index.ts';
import type { RobotScene } from './robot-scene.ts';
import { KIT } from './robot-spec.ts';

/** Real sketches, compiled by avr-gcc, driving the robot through the L298N and reading its sensors. */
async function hexOf(source: string): Promise<string> {
  const r = await compile({ source });
  if (!r.ok || !r.hex) throw new Error(`compile failed: ${JSON.stringify(r.errors).slice(0, 500)}`);
  return r.hex;
}

const MOTORS = `
const int L_EN = 5, L_IN1 = 7, L_IN2 = 8, R_EN = 6, R_IN1 = 4, R_IN2 = 11;
void drive(int l, int r) {
  digitalWrite(L_IN1, l > 0); digitalWrite(L_IN2, l < 0); analogWrite(L_EN, abs(l));
  digitalWrite(R_IN1, r > 0); digitalWrite(R_IN2, r < 0); analogWrite(R_EN, abs(r));
}
void setupMotors() { int p[] = {L_EN, L_IN1, L_IN2, R_EN, R_IN1, R_IN2}; for (int i = 0; i < 6; i++) pinMode(p[i], OUTPUT); }
`;

describe('a compiled sketch drives the robot', () => {
  it('goes forward for a second, then spins left in place, and the path is drawn', async () => {
    const hex = await hexOf(`${MOTORS}
void setup() { setupMotors(); drive(255, 255); delay(1000); drive(-200, 200); delay(250); drive(0, 0); }
void loop() {}`);
    let scene: RobotScene | undefined;
    const bench = defineBench({
      parts: [],
      scene: { kind: 'robot', field: 'arena', start: { x: 500, y: 1000, heading: 0 } },
      tests: [{
        id: 'drive', title: { ru: 'едет', en: 'drives' }, points: 1,
        async run(t) {
          scene = t.scene as RobotScene;
          await t.runMs(1000);
          expect(scene.pose.x - 500).toBeGreaterThan(450);
          expect(scene.pose.x - 500).toBeLessThan(700);
          expect(Math.abs(scene.pose.y - 1000)).toBeLessThan(60);
          await t.runMs(1500);
          scene.expect.turnedBy(150, { fromMs: 1000, tolerance: 70 });
          scene.expect.neverTouchedWall();
        },
      }],
    });
    const out = await runBenchTest(bench, 'drive', { hex }, { recordTrace: true });
    expect(out.message.en).toBe('Test passed');
    expect(out.verdict).toBe('accepted');
    expect(out.trace?.poses?.length).toBeGreaterThan(40);
    const svg = scene!.svg();
    expect(svg).toContain('class="path"');
    expect(svg).toContain('class="wall"');
  });

  it('reads a line sensor over the line and the sonar facing a wall', async () => {
    const hex = await hexOf(`
void setup() { Serial.begin(115200); pinMode(12, OUTPUT); pinMode(13, INPUT); }
void loop() {
  digitalWrite(12, HIGH); delayMicroseconds(10); digitalWrite(12, LOW);
  long us = pulseIn(13, HIGH, 30000);
  Serial.print(analogRead(A0)); Serial.print(' '); Serial.println(us / 58);
  delay(100);
}`);
    const bench = defineBench({
      parts: [],
      scene: {
        kind: 'robot', field: 'test-track',
        robot: { lineSensors: [{ id: 'left', pin: 'A0', at: [100, 0] }], sonar: KIT.sonar },
        start: { x: 800, y: 300, heading: 0 },
      },
      tests: [{
        id: 'read', title: { ru: 'датчики', en: 'sensors' }, points: 1,
        async run(t) {
          await t.serial.waitForLine();
          const [raw, cm] = (await t.serial.waitForLine()).split(' ').map(Number);
          expect(raw).toBeGreaterThan(750); // black line under the sensor
          expect(cm).toBe(0); // open field: no echo
        },
      }],
    });
    const out = await runBenchTest(bench, 'read', { hex });
    expect(out.message.en).toBe('Test passed');
  });
});
