import type { Random } from '../board/random.ts';
import type { Uno } from '../board/uno.ts';
import type { Part } from '../parts/part.ts';
import { attachWorld, type AttachedWorld } from './attach.ts';
import { robotChecks, type RobotChecks } from './expect/index.ts';
import type { Field, FieldData } from './field/field.ts';
import { zoneContains, type Ring, type Zone } from './field/types.ts';
import { getField } from './fields.ts';
import { DEG, toField, type Pose } from './geometry.ts';
import { cansFrom, type CanState } from './physics/cans.ts';
import { opponentsFrom, type OpponentState } from './physics/opponent.ts';
import type { PoseSample, RunData } from './recording.ts';
import { parseRobot, type RobotSpecInput } from './robot-spec.ts';
import { renderRun } from './svg/run.ts';
import { World } from './world.ts';
import type { Vec } from './geometry.ts';

/** A pose as people write it: mm and degrees. */
export interface PlacePose {
  x: number;
  y: number;
  /** Degrees, 0 = +x (right), 90 = up. */
  heading?: number;
}

/** The `scene` of a robot bench: `{ kind: 'robot', field, robot, start?, cans?, canTipSpeed? }`. */
export interface RobotSceneSpec {
  kind: 'robot';
  field: string | FieldData;
  robot?: RobotSpecInput;
  start?: PlacePose;
  /** Replaces the field's cans (a test may also call `scene.setCans`). */
  cans?: { id: string; at: Vec; diameter?: number; color?: 'black' | 'white' }[];
  canTipSpeed?: number;
  /** Replaces the field's mini-sumo opponents (a test may also call `scene.setOpponents`). */
  opponents?: OpponentInput[];
}

/** A mini-sumo opponent as a bench writes it: mm, degrees; defaults are the field element's. */
export interface OpponentInput {
  id?: string;
  at: Vec;
  size?: number;
  angle?: number;
  resistance?: number;
}

/**
 * What a robot bench sees as `t.scene`: place the robot, read its pose and what was recorded, and
 * check the run with `scene.expect.*` (plain ru/en messages). Time is the test's simulated time.
 */
export class RobotScene {
  readonly world: World;
  readonly field: Field;
  readonly expect: RobotChecks;
  private readonly attached: AttachedWorld;

  constructor(spec: RobotSceneSpec, board: Uno, random: Random, hooks: { emit?(id: string, what: string, value: number | string): void; pose?(x: number, y: number, h: number): void } = {}) {
    this.field = getField(spec.field);
    const robot = parseRobot(spec.robot);
    const start: Pose = spec.start
      ? { x: spec.start.x, y: spec.start.y, heading: (spec.start.heading ?? 0) * DEG }
      : this.field.start ?? { x: this.field.width / 2, y: this.field.height / 2, heading: 0 };
    this.world = new World({
      field: this.field,
      robot,
      start,
      random: random.fork('world'),
      ...(spec.canTipSpeed !== undefined ? { canTipSpeed: spec.canTipSpeed } : {}),
    });
    if (spec.cans) this.setCans(spec.cans);
    if (spec.opponents) this.setOpponents(spec.opponents);
    this.attached = attachWorld(this.world, { board, random: random.fork('robot-parts'), emit: hooks.emit, pose: hooks.pose });
    this.expect = robotChecks(this);
  }

  /** The robot's parts (motorLeft, motorRight, line sensors, sonar, bumpers), by id. */
  get parts(): ReadonlyMap<string, Part> {
    return this.attached.parts;
  }

  /** Puts the robot at a pose (mm, degrees); do it before the sketch starts moving. */
  place(pose: PlacePose): void {
    this.world.place({ x: pose.x, y: pose.y, heading: (pose.heading ?? 0) * DEG });
  }

  /** Replaces the cans on the field (for varied layouts per test). */
  setCans(cans: RobotSceneSpec['cans'] & object): void {
    const fresh = cansFrom(cans.map((c) => ({ id: c.id, at: c.at, diameter: c.diameter ?? 70, color: c.color ?? 'white' })));
    this.world.cans.splice(0, this.world.cans.length, ...fresh);
    this.world.recording.cans.clear();
  }

  /** Replaces the mini-sumo opponents (for varied positions per test); before the robot moves. */
  setOpponents(opponents: readonly OpponentInput[]): void {
    const fresh = opponentsFrom(opponents.map((o, i) => ({
      id: o.id ?? (i ? `opponent-${i + 1}` : 'opponent'), at: o.at, size: o.size ?? 100, angle: o.angle ?? 0, resistance: o.resistance ?? 0.5,
    })));
    this.world.opponents.splice(0, this.world.opponents.length, ...fresh);
    this.world.recording.opponents.clear();
    this.world.recording.opponentsOut.clear();
    this.world.recording.opponentSizes.clear();
    this.world.recording.sample(this.world.timeMs, this.world.pose, this.world.cans, true, this.world.opponents);
  }

  get opponents(): readonly OpponentState[] {
    return this.world.opponents;
  }
  /** Opponents pushed off the ring (their centre past its outer edge). */
  opponentsOut(): OpponentState[] {
    return this.world.opponents.filter((o) => o.outAtMs !== null);
  }

  /** Pose now: mm, heading in radians and in degrees. */
  get pose(): Pose & { headingDeg: number } {
    const p = this.world.pose;
    return { ...p, headingDeg: p.heading / DEG };
  }
  get cans(): readonly CanState[] {
    return this.world.cans;
  }
  get timeMs(): number {
    return this.world.timeMs;
  }
  /** Recorded path: [ms, x, y, heading rad] every 10 ms. */
  trajectory(): PoseSample[] {
    return this.world.recording.poses;
  }
  run(): RunData {
    return this.world.recording.toJSON();
  }

  zone(id: string): Zone {
    const z = this.field.zones.find((z) => z.id === id);
    if (!z) throw new Error(`Field «${this.field.name}» has no zone «${id}» (zones: ${this.field.zones.map((z) => z.id).join(', ') || 'none'})`);
    return z;
  }
  /** Is the robot's axle centre in the zone now? (usable in `t.runUntil`) */
  inZone(id: string): boolean {
    return zoneContains(this.zone(id), this.world.pose.x, this.world.pose.y);
  }
  /** First recorded moment the robot was in the zone, ms, or null. */
  zoneReachedAt(id: string, fromMs = 0): number | null {
    const z = this.zone(id);
    for (const [t, x, y] of this.trajectory()) if (t >= fromMs && zoneContains(z, x, y)) return t;
    // Entered since the last 10 ms sample (a `runUntil(() => scene.inZone(…))` stops right there).
    return zoneContains(z, this.world.pose.x, this.world.pose.y) ? this.world.timeMs : null;
  }

  ring(): Ring {
    const r = this.field.rings[0];
    if (!r) throw new Error(`Field «${this.field.name}» has no ring`);
    return r;
  }
  /** Cans entirely outside the ring's outer edge (the «кегельринг» rule), including fallen-off ones. */
  cansOut(): CanState[] {
    const r = this.ring();
    return this.world.cans.filter((c) => c.fallen === 'off' || Math.hypot(c.x - r.center[0], c.y - r.center[1]) >= r.diameter / 2 + c.r);
  }
  /** Is a wheel outside the ring's outer edge at this pose? */
  outsideRing(pose: Pose = this.world.pose): boolean {
    const r = this.ring();
    const half = this.world.robot.track / 2;
    return [toField(pose, [0, half]), toField(pose, [0, -half])].some(([x, y]) => Math.hypot(x - r.center[0], y - r.center[1]) > r.diameter / 2);
  }

  /** The run drawn over the field (SVG text). */
  svg(width = 600): string {
    return renderRun(this.field, this.run(), this.world.robot.body, { width });
  }

  detach(): void {
    this.attached.detach();
  }
}
