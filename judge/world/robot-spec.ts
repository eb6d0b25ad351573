import { z } from 'zod';

/**
 * The robot described by data. Defaults are the school kit of hardware.md (TT motors, 65 mm wheels,
 * 120 mm track, L298N); a task may change any number. Robot frame: origin at the middle of the wheel
 * axle, x forward, y to the left, millimetres; angles in degrees (people write these files).
 */
const point = z.tuple([z.number(), z.number()]);
const pin = z.string().min(2);

/** One L298N channel: IN1/IN2 choose the direction, EN (PWM) the duty. */
const motorPins = z.object({ in1: pin, in2: pin, en: pin });

export const lineSensorSpec = z.object({
  id: z.string(),
  pin: pin,
  /** Where the sensor looks, robot frame, mm. */
  at: point,
  /** Diameter of the spot it averages over (hardware.md: ≈ 5–10 mm). */
  spot: z.number().positive().default(8),
  /** ADC counts over white and over black (TCRT5000: white ≈ 50–150, black ≈ 800–1000). */
  white: z.number().default(100),
  black: z.number().default(900),
  /** Noise, as a fraction of the black–white span. */
  noise: z.number().min(0).default(0.02),
});

export const sonarSpec = z.object({
  id: z.string().default('sonar'),
  trig: pin,
  echo: pin,
  at: point.default([80, 0]),
  /** Direction the sensor faces relative to the robot's heading, degrees (left positive). */
  angle: z.number().default(0),
  /** Full cone width, degrees (hardware.md: ≈ 15°). */
  cone: z.number().positive().default(15),
  rays: z.number().int().min(1).max(31).default(7),
  /** Echoes from surfaces hit further than this from their normal are lost (≈ 50°). */
  maxIncidence: z.number().default(50),
  minRange: z.number().default(20),
  maxRange: z.number().default(4000),
  /** When set, the sonar sits on a hobby servo on this pin and turns with it (90° = straight ahead). */
  servoPin: pin.optional(),
});

export const bumperSpec = z.object({
  id: z.string(),
  pin: pin,
  /** The bumper's contact strip, two points in the robot frame. */
  from: point,
  to: point,
});

export const encoderSpec = z.object({
  id: z.string(),
  side: z.enum(['left', 'right']),
  pin: pin,
  /** Slots in the encoder disc: pulses per wheel revolution. */
  pulsesPerRev: z.number().int().positive().default(20),
});

export const robotSpecSchema = z.object({
  wheelDiameter: z.number().positive().default(65),
  track: z.number().positive().default(120),
  /** Wheel speed at full duty (TT motor, 6 V: 90–200 rpm). */
  rpm: z.number().positive().default(200),
  /** First-order lag of each motor is drawn from this range, ms (hardware.md: 50–150 ms). */
  lagMs: z.tuple([z.number().positive(), z.number().positive()]).default([60, 120]),
  /** Duty below which the motor does not turn (fraction of full PWM). */
  deadBand: z.number().min(0).max(0.9).default(0.12),
  /** Left/right gain mismatch, ± fraction (hardware.md: ±5 %). */
  gainMismatch: z.number().min(0).max(0.5).default(0.05),
  /** Body outline, robot frame, mm: what hits walls and pushes cans. */
  body: z.array(point).min(3).default([[95, -65], [95, 65], [-55, 65], [-55, -65]]),
  motors: z.object({ left: motorPins, right: motorPins }).default({
    left: { in1: 'D7', in2: 'D8', en: 'D5' },
    right: { in1: 'D4', in2: 'D11', en: 'D6' },
  }),
  /** Some L298N boards brake when IN1 = IN2 = 0 regardless of EN (hardware.md). */
  brakeOnLowInputs: z.boolean().default(false),
  lineSensors: z.array(lineSensorSpec).default([]),
  sonar: sonarSpec.optional(),
  /** More rangefinders (e.g. one looking right for wall following); ids must differ. */
  sonars: z.array(sonarSpec).default([]),
  bumpers: z.array(bumperSpec).default([]),
  encoders: z.array(encoderSpec).default([]),
});

export type RobotSpecInput = z.input<typeof robotSpecSchema>;
export type RobotSpec = z.output<typeof robotSpecSchema>;
export type LineSensorSpec = z.output<typeof lineSensorSpec>;
export type SonarSpec = z.output<typeof sonarSpec>;
export type BumperSpec = z.output<typeof bumperSpec>;
export type EncoderSpec = z.output<typeof encoderSpec>;

/** Validates a task's robot description, with errors that name the setting. */
export function parseRobot(input: unknown): RobotSpec {
  const r = robotSpecSchema.safeParse(input ?? {});
  if (!r.success) {
    const issues = r.error.issues.map((i) => `robot.${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid robot description / Неверное описание робота: ${issues}`);
  }
  return r.data;
}

/** Ready placements of the kit's sensors, so tasks only name what they use (copies: tasks may edit). */
export const KIT = {
  get twoLineSensors(): z.input<typeof lineSensorSpec>[] {
    return [
      { id: 'left', pin: 'A0', at: [100, 18] },
      { id: 'right', pin: 'A1', at: [100, -18] },
    ];
  },
  get sonar(): z.input<typeof sonarSpec> {
    return { trig: 'D12', echo: 'D13', at: [95, 0] };
  },
  /** Two front bumpers (micro-switches to GND: read LOW with INPUT_PULLUP when pressed). */
  get bumpers(): z.input<typeof bumperSpec>[] {
    return [
      { id: 'bumperLeft', pin: 'D2', from: [96, 5], to: [96, 66] },
      { id: 'bumperRight', pin: 'D3', from: [96, -66], to: [96, -5] },
    ];
  },
};
