import type { Random } from '../board/random.ts';
import type { Uno } from '../board/uno.ts';
import { createPart } from '../parts/index.ts';
import type { L298n, MotorCommand as DriverCommand } from '../parts/l298n.ts';
import type { Part, PartContext } from '../parts/part.ts';
import type { MotorCommand } from './motor.ts';
import type { World } from './world.ts';

export interface AttachOptions {
  board: Uno;
  random: Random;
  /** Part events for the trace: [part id, what, value]. */
  emit?(id: string, what: string, value: number | string): void;
  /** Called every POSE_PERIOD_MS with the pose, for the trace. */
  pose?(x: number, y: number, heading: number): void;
}

export interface AttachedWorld {
  /** The robot's parts, by id (drivers "motorLeft"/"motorRight", line sensors, sonar, bumpers). */
  parts: Map<string, Part>;
  detach(): void;
}

export const POSE_PERIOD_MS = 50;

/**
 * Wires a world's robot to the board: two L298N channels feed the motors, line sensors and the
 * HC-SR04 read the field, bumpers are buttons the walls press, encoders drive their pins. The
 * world steps on the board's own clock (`board.schedule`, every `world.stepMs`), so motion stays in
 * step with the CPU cycle for cycle, whatever slices the bench runs in.
 */
export function attachWorld(world: World, o: AttachOptions): AttachedWorld {
  const { board } = o;
  const robot = world.robot;
  const parts = new Map<string, Part>();
  const offs: (() => void)[] = [];
  const ctx = (id: string): PartContext => ({ board, random: o.random.fork(id), emit: (what, value) => o.emit?.(id, what, value) });
  const add = <P extends Part>(p: P): P => {
    parts.set(p.id, p);
    offs.push(() => p.detach?.());
    return p;
  };

  for (const side of ['left', 'right'] as const) {
    const id = side === 'left' ? 'motorLeft' : 'motorRight';
    const driver = add(createPart({ kind: 'l298n', id, pins: { ...robot.motors[side] }, brakeOnLowInputs: robot.brakeOnLowInputs }, ctx(id)) as L298n);
    world.commands[side] = toMotor(driver.current);
    offs.push(driver.onChange((c) => (world.commands[side] = toMotor(c))));
  }

  robot.lineSensors.forEach((s, i) => {
    const part = add(createPart({ kind: 'line-sensor', id: s.id, pins: { ao: s.pin }, white: s.white, black: s.black, noise: s.noise }, ctx(s.id)));
    // The part adds the ADC noise; the world gives the noiseless average over the spot.
    part.reflectanceSource = () => world.lineSensor(i, false);
  });

  world.sonarSpecs.forEach((sonar, index) => {
    const part = add(createPart({ kind: 'hc-sr04', id: sonar.id, pins: { trig: sonar.trig, echo: sonar.echo }, minCm: sonar.minRange / 10, maxCm: sonar.maxRange / 10 }, ctx(sonar.id)));
    part.distanceSource = () => {
      const mm = world.sonar(index);
      return mm === null ? null : mm / 10;
    };
    if (sonar.servoPin) offs.push(followServo(board, sonar.servoPin, (deg) => (world.servoAngle = deg)));
  });

  const bumpers = robot.bumpers.map((b) => add(createPart({ kind: 'button', id: b.id, pins: { pin: b.pin } }, ctx(b.id))));
  const encoderLevels = robot.encoders.map(() => -1);

  let posesAt = 0;
  const afterStep = (): void => {
    robot.bumpers.forEach((b, i) => {
      const pressed = world.bumpers.get(b.id) === true;
      if (pressed !== bumpers[i].isPressed()) (pressed ? bumpers[i].press() : bumpers[i].release());
    });
    robot.encoders.forEach((e, i) => {
      // A slotted disc: the pin toggles twice per slot (one pulse = HIGH then LOW).
      const edge = (Math.PI * robot.wheelDiameter) / (2 * e.pulsesPerRev);
      const level = (Math.floor(Math.abs(world.travel[e.side]) / edge) & 1) as 0 | 1;
      if (level !== encoderLevels[i]) {
        encoderLevels[i] = level;
        board.drive(e.pin, level);
      }
    });
    if (world.timeMs >= posesAt) {
      posesAt = world.timeMs + POSE_PERIOD_MS;
      o.pose?.(world.pose.x, world.pose.y, world.pose.heading);
    }
  };
  afterStep();

  const period = board.msToCycles(world.stepMs);
  let cancel = board.schedule(period, function tick() {
    world.step();
    afterStep();
    cancel = board.schedule(period, tick);
  });
  offs.push(() => cancel());

  return {
    parts,
    detach: () => {
      for (const off of offs.reverse()) off();
    },
  };
}

function toMotor(c: DriverCommand): MotorCommand {
  return { mode: c.mode, direction: c.direction === 'forward' ? 1 : c.direction === 'reverse' ? -1 : 0, duty: c.duty };
}

/**
 * Reads a hobby servo's angle from its control pulses (Servo library: 544–2400 µs → 0–180°), so a
 * sonar on a servo turns with it without depending on a servo part being declared.
 */
function followServo(board: Uno, pin: string, set: (deg: number) => void): () => void {
  let rise = -1;
  return board.onPinChange(pin, (level, cycle) => {
    if (level === 1) rise = cycle;
    else if (rise >= 0) {
      const us = (cycle - rise) / (board.frequency / 1e6);
      rise = -1;
      if (us >= 400 && us <= 2600) set(Math.max(0, Math.min(180, ((us - 544) / (2400 - 544)) * 180)));
    }
  });
}
