import { describe, expect, it } from 'vitest';
import { Random } from '../../board/random.ts';
import { buildField } from '../field/field.ts';
import { getField } from '../fields.ts';
import type { Vec } from '../geometry.ts';
import type { MotorCommand } from '../motor.ts';
import { KIT, parseRobot } from '../robot-spec.ts';
import { renderField } from '../svg/field.ts';
import { renderRun } from '../svg/run.ts';
import { World } from '../world.ts';
import { convexSeparation, opponentOutline } from './opponent.ts';

const FWD: MotorCommand = { mode: 'drive', direction: 1, duty: 1 };
const square = (x: number, y: number, size = 100): Vec[] => opponentOutline({ x, y, size, angle: 0 });

/** The robot in the sumo ring's centre facing the opponent 220 mm ahead (the field's default). */
function sumo(seed = 1, robot = {}): World {
  return new World({ field: getField('sumo'), robot: parseRobot({ gainMismatch: 0, lagMs: [80, 80], ...robot }), start: { x: 600, y: 600, heading: Math.PI / 2 }, random: new Random(seed) });
}
function run(w: World, ms: number): void {
  for (let i = 0; i < ms; i++) w.step();
}

describe('convex separation', () => {
  it('moves the second square out of the first along the shallowest overlap', () => {
    const push = convexSeparation(square(0, 0), square(90, 20))!;
    expect(push[0]).toBeCloseTo(10, 6);
    expect(push[1]).toBeCloseTo(0, 6);
  });

  it('is null for squares apart, even diagonally close', () => {
    expect(convexSeparation(square(0, 0), square(101, 0))).toBeNull();
    expect(convexSeparation(square(0, 0), opponentOutline({ x: 120, y: 120, size: 100, angle: Math.PI / 4 }))).toBeNull();
  });
});

describe('the mini-sumo opponent', () => {
  it('is a field element: a 100 mm square with resistance 0.5 unless told otherwise, drawn in orange', () => {
    const f = buildField({ name: 's', size: [800, 800], elements: [{ type: 'opponent', at: [400, 400] }] });
    expect(f.opponents).toEqual([{ id: 'opponent', at: [400, 400], size: 100, angle: 0, resistance: 0.5 }]);
    expect(renderField(f)).toContain('class="opponent"');
    expect(() => buildField({ name: 's', size: [800, 800], elements: [{ type: 'opponent', at: [1, 1], resistance: 1 }] })).toThrow(/resistance/);
  });

  it('is heard by the sonar at its face, and no longer once it has fallen off', () => {
    const w = sumo(1, { sonar: KIT.sonar });
    // Sonar at 95 mm ahead of the axle (y = 695); the opponent's near face at y = 770.
    expect(Math.abs(w.sonar()! - 75)).toBeLessThan(3);
    w.opponents[0].outAtMs = 0;
    expect(w.sonar()).toBeNull();
  });

  it('is pushed off the ring by the body, falling off when its centre passes the outer edge', () => {
    const w = sumo();
    w.commands = { left: FWD, right: FWD };
    run(w, 3000);
    const o = w.opponents[0];
    expect(o.outAtMs).not.toBeNull();
    expect(Math.hypot(o.x - 600, o.y - 600)).toBeGreaterThan(385);
    expect(o.x).toBeCloseTo(600, 0);
    expect(w.recording.toJSON().opponentsOut).toEqual({ opponent: o.outAtMs });
    expect(renderRun(w.field, w.recording.toJSON(), w.robot.body)).toContain('class="opponent-end out"');
  });

  it('is heavy: pushing it takes about twice as long as driving the same way free', () => {
    const reach = (w: World, y: number): number => {
      w.commands = { left: FWD, right: FWD };
      let ms = 0;
      while (w.pose.y < y && ms < 10_000) {
        w.step();
        ms++;
      }
      return ms;
    };
    // Contact at y ≈ 675 (front 95 mm ahead, opponent face at 770); then 90 mm of pushing.
    const free = sumo();
    free.opponents.length = 0;
    const pushed = sumo();
    const freeMs = reach(free, 765) - reach(sumo(), 675);
    const pushMs = reach(pushed, 765) - reach(sumo(), 675);
    expect(freeMs).toBeGreaterThan(100);
    expect(pushMs / freeMs).toBeGreaterThan(1.7);
    expect(pushMs / freeMs).toBeLessThan(2.3);
    expect(pushed.opponents[0].y).toBeGreaterThan(860);
  });

  it('presses the front bumpers', () => {
    const w = sumo(1, { bumpers: KIT.bumpers });
    w.commands = { left: FWD, right: FWD };
    run(w, 400);
    expect(w.bumpers.get('bumperLeft')).toBe(true);
  });

  it('moves the same way for the same seed', () => {
    const end = (seed: number) => {
      const w = new World({ field: getField('sumo'), robot: parseRobot({}), start: { x: 560, y: 600, heading: 1.4 }, random: new Random(seed) });
      w.commands = { left: FWD, right: { ...FWD, duty: 0.8 } };
      run(w, 2500);
      return [w.opponents[0].x, w.opponents[0].y, w.opponents[0].outAtMs];
    };
    expect(end(11)).toEqual(end(11));
  });
});
