import type { Random } from '../board/random.ts';
import type { Field } from './field/field.ts';
import { DEG, toField, type Pose, type Vec } from './geometry.ts';
import { arcStep } from './kinematics.ts';
import { COAST, Motor, type MotorCommand } from './motor.ts';
import { cansFrom, pushCans, type CanState } from './physics/cans.ts';
import { indexWalls, touchingWall, type IndexedWall } from './physics/collide.ts';
import { opponentsFrom, pushOpponents, touchedOpponent, type OpponentState } from './physics/opponent.ts';
import type { RobotSpec, SonarSpec } from './robot-spec.ts';
import { bumperPressed } from './sensors/bumper.ts';
import { spotMean, withNoise } from './sensors/line.ts';
import { sonarEcho, type SonarGeometry } from './sensors/sonar.ts';
import { Recording } from './recording.ts';

export interface WorldOptions {
  field: Field;
  robot: RobotSpec;
  start: Pose;
  random: Random;
  /** Fixed step of simulated time, ms. */
  stepMs?: number;
  /** A push faster than this (mm/s) knocks a can over. */
  canTipSpeed?: number;
}

/**
 * The robot on its field, in simulated time: motors → exact arc motion → walls and cans → sensors.
 * Knows nothing of the board; `attach.ts` feeds it the driver's commands and reads its sensors, so
 * the same world also runs in plain unit tests and in the browser.
 */
export class World {
  readonly field: Field;
  readonly robot: RobotSpec;
  readonly stepMs: number;
  pose: Pose;
  /** Simulated time since the world started, ms. */
  timeMs = 0;
  readonly left: Motor;
  readonly right: Motor;
  commands: { left: MotorCommand; right: MotorCommand } = { left: COAST, right: COAST };
  readonly walls: IndexedWall[];
  readonly cans: CanState[];
  /** Mini-sumo opponents (heavy boxes the robot pushes off the ring). */
  readonly opponents: OpponentState[];
  /** Sonar mount angle from a servo, degrees (90 = straight ahead, as the Servo library counts). */
  servoAngle = 90;
  /** Wheel travel, mm, for encoders (counts wheel turns even when the robot is blocked and slips). */
  readonly travel = { left: 0, right: 0 };
  readonly bumpers = new Map<string, boolean>();
  /** True while the body touches a wall (or a wedged can). */
  inContact = false;
  readonly recording = new Recording();
  private readonly noise: Random;
  /** Every rangefinder: `robot.sonar` first, then `robot.sonars`. */
  readonly sonarSpecs: SonarSpec[];
  private readonly sonarGeometry: SonarGeometry[];
  private readonly tipSpeed: number;
  private readonly stepListeners: (() => void)[] = [];

  constructor(o: WorldOptions) {
    this.field = o.field;
    this.robot = o.robot;
    this.stepMs = o.stepMs ?? 1;
    this.pose = { ...o.start };
    this.noise = o.random.fork('sensor-noise');
    const motors = o.random.fork('motors');
    const rimSpeed = (o.robot.rpm * Math.PI * o.robot.wheelDiameter) / 60;
    const make = (): Motor => {
      const gain = 1 + motors.range(-o.robot.gainMismatch, o.robot.gainMismatch);
      const lag = motors.range(o.robot.lagMs[0], o.robot.lagMs[1]) / 1000;
      return new Motor(rimSpeed * gain, lag, o.robot.deadBand, this.stepMs / 1000);
    };
    this.left = make();
    this.right = make();
    this.walls = indexWalls(o.field.walls);
    this.cans = cansFrom(o.field.cans);
    this.opponents = opponentsFrom(o.field.opponents);
    this.tipSpeed = o.canTipSpeed ?? 900;
    this.sonarSpecs = [...(o.robot.sonar ? [o.robot.sonar] : []), ...o.robot.sonars];
    this.sonarGeometry = this.sonarSpecs.map((s) => ({ cone: s.cone * DEG, rays: s.rays, maxIncidence: s.maxIncidence * DEG, minRange: s.minRange, maxRange: s.maxRange }));
    for (const b of o.robot.bumpers) this.bumpers.set(b.id, false);
    this.recording.sample(0, this.pose, this.cans, true, this.opponents);
  }

  /** Puts the robot somewhere (a test's start pose), motors stopped; the recording notes the jump. */
  place(pose: Pose): void {
    this.pose = { ...pose };
    this.left.speed = 0;
    this.right.speed = 0;
    // Placed before the run started: the default start never happened, so it is not recorded.
    if (this.timeMs === 0) this.recording.poses.length = 0;
    this.recording.sample(this.timeMs, this.pose, this.cans, true, this.opponents);
  }

  /** Called after every step (bumpers, encoders and "run until" conditions hang here). */
  onStep(fn: () => void): void {
    this.stepListeners.push(fn);
  }

  /** The body outline in field coordinates at a pose. */
  bodyAt(pose: Pose): Vec[] {
    return this.robot.body.map((p) => toField(pose, p));
  }

  step(): void {
    const dt = this.stepMs / 1000;
    const vl = this.left.step(this.commands.left);
    const vr = this.right.step(this.commands.right);
    this.travel.left += vl * dt;
    this.travel.right += vr * dt;
    this.timeMs += this.stepMs;
    if (vl !== 0 || vr !== 0) this.move(arcStep(this.pose, vl, vr, this.robot.track, dt));
    for (const b of this.robot.bumpers) {
      const pressed = bumperPressed(toField(this.pose, b.from), toField(this.pose, b.to), this.walls, this.cans, this.opponents);
      this.bumpers.set(b.id, pressed);
    }
    this.recording.sample(this.timeMs, this.pose, this.cans, false, this.opponents);
    for (const fn of this.stepListeners) fn();
  }

  /**
   * Moves toward `next` unless the body would overlap a wall: then it slides along the wall, or
   * turns in place, or stays (a blocked robot's wheels slip). Every new contact is recorded.
   */
  private move(next: Pose): void {
    let body = this.bodyAt(next);
    const against = this.opponents.length ? touchedOpponent(body, this.opponents) : null;
    if (against) {
      // Pushing a heavy opponent: the robot keeps only part of its step.
      next = this.slowed(next, against.resistance);
      body = this.bodyAt(next);
    }
    const wall = touchingWall(body, this.walls);
    if (!wall) {
      const saved = this.cans.map((c) => [c.x, c.y, c.fallen] as const);
      const savedOpponents = this.opponents.map((o) => [o.x, o.y, o.outAtMs] as const);
      if (
        pushCans(this.cans, body, this.walls, { width: this.field.width, height: this.field.height, tipSpeed: this.tipSpeed, dt: this.stepMs / 1000 }) &&
        pushOpponents(this.opponents, body, this.walls, this.field.rings[0], this.timeMs)
      ) {
        this.pose = next;
        this.setContact(false);
        return;
      }
      this.cans.forEach((c, i) => ([c.x, c.y, c.fallen] = saved[i]));
      this.opponents.forEach((o, i) => ([o.x, o.y, o.outAtMs] = savedOpponents[i]));
      this.setContact(true);
      return;
    }
    this.setContact(true);
    const ux = wall.b[0] - wall.a[0], uy = wall.b[1] - wall.a[1];
    const len = Math.hypot(ux, uy) || 1;
    const along = ((next.x - this.pose.x) * ux + (next.y - this.pose.y) * uy) / (len * len);
    const slideX = this.pose.x + along * ux, slideY = this.pose.y + along * uy;
    const candidates: Pose[] = [
      { x: slideX, y: slideY, heading: next.heading },
      { x: slideX, y: slideY, heading: this.pose.heading },
      { x: this.pose.x, y: this.pose.y, heading: next.heading },
    ];
    for (const c of candidates) {
      if (!touchingWall(this.bodyAt(c), this.walls)) {
        this.pose = c;
        return;
      }
    }
  }

  /** The part of the step from the current pose to `next` that is left after `resistance`. */
  private slowed(next: Pose, resistance: number): Pose {
    const k = 1 - resistance;
    const turn = Math.atan2(Math.sin(next.heading - this.pose.heading), Math.cos(next.heading - this.pose.heading));
    return { x: this.pose.x + (next.x - this.pose.x) * k, y: this.pose.y + (next.y - this.pose.y) * k, heading: this.pose.heading + turn * k };
  }

  /**
   * A robot pressed against a wall rocks in and out of touch every few steps; a contact is one
   * event until it has been clear of walls for CONTACT_GAP_MS.
   */
  private setContact(contact: boolean): void {
    if (contact) {
      if (this.timeMs - this.lastContactMs > World.CONTACT_GAP_MS) this.recording.contact(this.timeMs, this.pose);
      else this.recording.stillTouching(this.timeMs);
      this.lastContactMs = this.timeMs;
    }
    this.inContact = contact || this.timeMs - this.lastContactMs <= World.CONTACT_GAP_MS;
  }
  static readonly CONTACT_GAP_MS = 200;
  private lastContactMs = -Infinity;

  /** Reflectance under a line sensor, 0 black … 1 white (noisy unless the ADC part adds its own). */
  lineSensor(index: number, noisy = true): number {
    const s = this.robot.lineSensors[index];
    // The sketch samples a sensor several times per world step: the spot's mean (the field never
    // changes) is computed once per pose.
    const { x, y, heading } = this.pose;
    const seen = (this.spotMeans[index] ??= { x: NaN, y: NaN, heading: NaN, mean: 0 });
    if (seen.x !== x || seen.y !== y || seen.heading !== heading) {
      seen.x = x;
      seen.y = y;
      seen.heading = heading;
      seen.mean = spotMean(this.field.raster, this.pose, s.at, s.spot);
    }
    return withNoise(seen.mean, noisy ? s.noise : 0, this.noise);
  }
  private readonly spotMeans: ({ x: number; y: number; heading: number; mean: number } | undefined)[] = [];

  /** Sonar echo distance in mm (null: no echo), with a little seeded noise; the hit is recorded. */
  sonar(index = 0): number | null {
    const s = this.sonarSpecs[index];
    if (!s) return null;
    const mount = s.servoPin ? (this.servoAngle - 90) * DEG : 0;
    const origin = toField(this.pose, s.at);
    const echo = sonarEcho(origin, this.pose.heading + s.angle * DEG + mount, this.sonarGeometry[index], this.walls, this.cans, this.opponents);
    if (!echo) return null;
    this.recording.sonarHit(this.timeMs, echo.hit);
    return echo.distance * (1 + 0.005 * this.noise.gaussian());
  }
}
