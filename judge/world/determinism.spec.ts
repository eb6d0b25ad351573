import { describe, expect, it } from 'vitest';
import { compile } from '../toolchain/index.ts';
import { loadHex } from '../board/hex.ts';
import { Uno } from '../board/uno.ts';
import { Random } from '../board/random.ts';
import { RobotScene } from './robot-scene.ts';
import { KIT } from './robot-spec.ts';
import './scene.ts';

/** Same compiled sketch, same seed → the same trajectory, sample for sample; another seed differs. */
describe('determinism', () => {
  it('gives the identical trajectory twice for a line follower with noisy sensors and mismatched motors', async () => {
    const r = await compile({ source: `
void drive(int l, int r) { digitalWrite(7, l > 0); digitalWrite(8, l < 0); analogWrite(5, abs(l));
  digitalWrite(4, r > 0); digitalWrite(11, r < 0); analogWrite(6, abs(r)); }
void setup() { int p[] = {5, 7, 8, 6, 4, 11}; for (int i = 0; i < 6; i++) pinMode(p[i], OUTPUT); }
void loop() { int e = analogRead(A0) - analogRead(A1); drive(160 - e / 4, 160 + e / 4); delay(4); }` });
    expect(r.ok).toBe(true);
    const run = (seed: number) => {
      const board = new Uno(loadHex(r.hex!));
      const scene = new RobotScene({ kind: 'robot', field: 'test-track', robot: { lineSensors: KIT.twoLineSensors } }, board, new Random(seed));
      board.runMs(3000);
      return scene.trajectory().map((p) => [...p]);
    };
    const a = run(42);
    const b = run(42);
    expect(a.length).toBeGreaterThan(250);
    expect(b).toEqual(a);
    expect(run(43)).not.toEqual(a);
  });
});
