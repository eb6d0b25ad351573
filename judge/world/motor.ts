/**
 * One TT gear motor behind an L298N channel, as the wheel's rim speed. First-order lag toward the
 * speed the driver asks for; below the dead band the motor does not turn; brake stops it quicker
 * than coasting does (hardware.md). Gain and lag differ per motor, drawn from the seeded Random,
 * which is why an open-loop "straight" drifts a little, as on a real robot.
 */
export type DriveMode = 'drive' | 'coast' | 'brake';

/** What one driver channel does now. */
export interface MotorCommand {
  mode: DriveMode;
  /** +1 forward, −1 reverse (meaningful in 'drive'). */
  direction: 1 | -1 | 0;
  /** PWM duty on EN, 0…1. */
  duty: number;
}

export const COAST: MotorCommand = { mode: 'coast', direction: 0, duty: 0 };

export class Motor {
  /** Rim speed, mm/s (positive drives the robot forward). */
  speed = 0;
  private readonly kDrive: number;
  private readonly kBrake: number;
  private readonly kCoast: number;

  constructor(
    /** Rim speed at full duty, mm/s, already multiplied by this motor's gain. */
    readonly maxSpeed: number,
    readonly lagS: number,
    readonly deadBand: number,
    dt: number,
  ) {
    // Exact discrete first-order response for a fixed step: no dependence on step size.
    this.kDrive = 1 - Math.exp(-dt / lagS);
    this.kBrake = 1 - Math.exp(-dt / (lagS / 4));
    this.kCoast = 1 - Math.exp(-dt / (lagS * 1.5));
  }

  /** Target speed the motor settles to under a command. */
  target(cmd: MotorCommand): number {
    if (cmd.mode !== 'drive' || cmd.direction === 0) return 0;
    const duty = Math.max(0, Math.min(1, cmd.duty));
    const effective = duty <= this.deadBand ? 0 : (duty - this.deadBand) / (1 - this.deadBand);
    return cmd.direction * effective * this.maxSpeed;
  }

  step(cmd: MotorCommand): number {
    const k = cmd.mode === 'brake' ? this.kBrake : cmd.mode === 'coast' ? this.kCoast : this.kDrive;
    this.speed += (this.target(cmd) - this.speed) * k;
    if (Math.abs(this.speed) < 1e-6) this.speed = 0;
    return this.speed;
  }
}
