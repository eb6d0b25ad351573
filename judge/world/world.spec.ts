import { describe, expect, it } from 'vitest';
import { Random } from '../board/random.ts';
import { buildField } from './field/field.ts';
import { getField } from './fields.ts';
import { DEG } from './geometry.ts';
import type { MotorCommand } from './motor.ts';
import { parseRobot, KIT } from './robot-spec.ts';
import { World } from './world.ts';

const FWD: MotorCommand = { mode: 'drive', direction: 1, duty: 1 };
const BRAKE: MotorCommand = { mode: 'brake', direction: 0, duty: 1 };

function run(world: World, ms: number): void {
  for (let i = 0; i < ms; i++) world.step();
}

describe('motion', () => {
  it('reaches about 0.68 m/s at full duty with 200 rpm and 65 mm wheels, after the motor lag', () => {
    const w = new World({ field: getField('arena'), robot: parseRobot({ gainMismatch: 0, lagMs: [80, 80] }), start: { x: 300, y: 1000, heading: 0 }, random: new Random(1) });
    w.commands = { left: FWD, right: FWD };
    run(w, 1000);
    expect(w.left.speed).toBeGreaterThan(670);
    expect(w.left.speed).toBeLessThan(690);
    expect(w.pose.y).toBeCloseTo(1000, 6);
  });

  it('does not turn the wheels below the PWM dead band', () => {
    const w = new World({ field: getField('arena'), robot: parseRobot({ deadBand: 0.2 }), start: { x: 1000, y: 1000, heading: 0 }, random: new Random(1) });
    w.commands = { left: { mode: 'drive', direction: 1, duty: 0.15 }, right: { mode: 'drive', direction: 1, duty: 0.15 } };
    run(w, 500);
    expect(w.pose.x).toBe(1000);
  });

  it('stops sooner when braking than when coasting', () => {
    const distance = (cmd: MotorCommand): number => {
      const w = new World({ field: getField('arena'), robot: parseRobot({}), start: { x: 200, y: 1000, heading: 0 }, random: new Random(3) });
      w.commands = { left: FWD, right: FWD };
      run(w, 800);
      const x0 = w.pose.x;
      w.commands = { left: cmd, right: cmd };
      run(w, 1500);
      return w.pose.x - x0;
    };
    expect(distance(BRAKE)).toBeLessThan(distance({ mode: 'coast', direction: 0, duty: 0 }) / 2);
  });

  it('drifts off a straight line when the seeded gains differ, the same way for the same seed', () => {
    const end = (seed: number) => {
      const w = new World({ field: getField('arena'), robot: parseRobot({}), start: { x: 200, y: 1000, heading: 0 }, random: new Random(seed) });
      w.commands = { left: FWD, right: FWD };
      run(w, 2000);
      return w.pose;
    };
    expect(end(7)).toEqual(end(7));
    expect(Math.abs(end(7).heading)).toBeGreaterThan(0.005);
  });
});

describe('walls', () => {
  it('stops the robot at a wall and records one contact', () => {
    const w = new World({ field: getField('arena'), robot: parseRobot({}), start: { x: 1700, y: 1000, heading: 0 }, random: new Random(1) });
    w.commands = { left: FWD, right: FWD };
    run(w, 2000);
    // Front of the body (95 mm ahead of the axle) against the fence's face at x = 1988.
    expect(w.pose.x).toBeGreaterThan(1880);
    expect(w.pose.x).toBeLessThan(1894);
    expect(w.recording.contacts).toHaveLength(1);
    expect(w.inContact).toBe(true);
  });

  it('slides along a wall it meets at an angle', () => {
    const w = new World({ field: getField('arena'), robot: parseRobot({ gainMismatch: 0 }), start: { x: 1700, y: 600, heading: 30 * DEG }, random: new Random(1) });
    w.commands = { left: FWD, right: FWD };
    run(w, 2500);
    expect(w.pose.x).toBeLessThan(1900);
    expect(w.pose.y).toBeGreaterThan(900);
  });

  it('closes a bumper on contact and opens it when backing away', () => {
    const w = new World({ field: getField('arena'), robot: parseRobot({ bumpers: KIT.bumpers }), start: { x: 1700, y: 1000, heading: 0 }, random: new Random(1) });
    w.commands = { left: FWD, right: FWD };
    run(w, 2000);
    expect(w.bumpers.get('bumperLeft')).toBe(true);
    expect(w.bumpers.get('bumperRight')).toBe(true);
    w.commands = { left: { mode: 'drive', direction: -1, duty: 1 }, right: { mode: 'drive', direction: -1, duty: 1 } };
    run(w, 500);
    expect(w.bumpers.get('bumperLeft')).toBe(false);
  });
});

describe('cans', () => {
  it('are pushed by the body out of the ring', () => {
    const w = new World({ field: getField('ring'), robot: parseRobot({}), start: { x: 800, y: 800, heading: 0 }, random: new Random(1) });
    w.commands = { left: FWD, right: FWD };
    run(w, 1500);
    const can = w.cans.find((c) => c.id === 'can-1')!;
    expect(can.x - 800).toBeGreaterThan(500 + 35);
    expect(w.recording.toJSON().cans['can-1'].length).toBeGreaterThan(2);
  });

  it('fall over when hit harder than the tip speed', () => {
    const w = new World({ field: getField('ring'), robot: parseRobot({}), start: { x: 800, y: 800, heading: 0 }, random: new Random(1), canTipSpeed: 300 });
    w.commands = { left: FWD, right: FWD };
    run(w, 1500);
    expect(w.cans.find((c) => c.id === 'can-1')!.fallen).toBe('tipped');
  });
});

describe('sensors', () => {
  it('line sensor reads black over the line, white beside it, the average at its edge', () => {
    const f = buildField({ name: 'l', size: [1000, 1000], elements: [{ type: 'line', points: [[0, 500], [1000, 500]], width: 20 }] });
    const robot = parseRobot({ lineSensors: [{ id: 's', pin: 'A0', at: [0, 0], noise: 0 }] });
    const at = (y: number) => new World({ field: f, robot, start: { x: 500, y, heading: 0 }, random: new Random(1) }).lineSensor(0);
    expect(at(500)).toBe(0);
    expect(at(540)).toBe(1);
    const edge = at(510);
    expect(edge).toBeGreaterThan(0.2);
    expect(edge).toBeLessThan(0.8);
  });

  it('sonar measures the distance to a wall ahead (face, not centre line)', () => {
    const robot = parseRobot({ sonar: { trig: 'D12', echo: 'D13', at: [90, 0] } });
    const w = new World({ field: getField('arena'), robot, start: { x: 1000, y: 1000, heading: 0 }, random: new Random(1) });
    const d = w.sonar()!;
    expect(d).toBeGreaterThan(1988 - 1090 - 10);
    expect(d).toBeLessThan(1988 - 1090 + 10);
  });

  it('sonar loses a wall met more obliquely than 50° from its normal, and hears nothing beyond range', () => {
    const field = buildField({ name: 'w', size: [3000, 3000], elements: [{ type: 'wall', points: [[1500, 0], [1500, 3000]] }] });
    const robot = parseRobot({ sonar: { trig: 'D12', echo: 'D13', at: [0, 0], cone: 2, rays: 3 } });
    const at = (heading: number, x = 1000) => new World({ field, robot, start: { x, y: 1500, heading: heading * DEG }, random: new Random(1) }).sonar();
    expect(at(40)).not.toBeNull();
    expect(at(60)).toBeNull();
    const far = buildField({ name: 'far', size: [6000, 1000], elements: [{ type: 'wall', points: [[5500, 0], [5500, 1000]] }] });
    expect(new World({ field: far, robot, start: { x: 500, y: 500, heading: 0 }, random: new Random(1) }).sonar()).toBeNull();
  });

  it('sonar on a servo looks where the servo points', () => {
    const robot = parseRobot({ sonar: { trig: 'D12', echo: 'D13', at: [0, 0], servoPin: 'D10' } });
    const w = new World({ field: getField('arena'), robot, start: { x: 500, y: 1000, heading: 0 }, random: new Random(1) });
    w.servoAngle = 180; // to the left: the fence's face at y = 1988 is 988 mm away
    expect(Math.abs(w.sonar()! - 988)).toBeLessThan(15);
    w.servoAngle = 90;
    expect(Math.abs(w.sonar()! - 1488)).toBeLessThan(20);
  });

  it('several rangefinders each look their own way (front and right for wall following)', () => {
    const robot = parseRobot({ sonar: { trig: 'D12', echo: 'D13', at: [0, 0] }, sonars: [{ id: 'right', trig: 'D9', echo: 'D10', at: [0, 0], angle: -90 }] });
    const w = new World({ field: getField('arena'), robot, start: { x: 1000, y: 500, heading: 0 }, random: new Random(1) });
    expect(Math.abs(w.sonar(0)! - 988)).toBeLessThan(15); // the fence's face at x = 1988
    expect(Math.abs(w.sonar(1)! - 488)).toBeLessThan(10); // the fence's face at y = 12
  });
});
