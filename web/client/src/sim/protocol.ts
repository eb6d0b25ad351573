import type { PartSpec, Text } from '../api/types.ts';

/** Simulation speed: × real time, or as fast as the laptop can go. */
export type Speed = 1 | 10 | 'max';

export type PartValue = number | string | boolean;

/** Messages from the page to the simulator worker. */
export type ToWorker =
  | { type: 'start'; hex: string; parts: PartSpec[]; scene?: unknown; speed: Speed; seed: number; stackLimit?: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'speed'; speed: Speed }
  | { type: 'serial'; text: string }
  /** A child's action on a part: press/release a button, turn a knob (value 0..1), set light … */
  | { type: 'input'; partId: string; action: string; value?: number }
  | { type: 'stop' };

export interface PinView {
  level: 0 | 1;
  /** Fraction of the last frame the pin was high (PWM duty as seen by the eye). */
  duty: number;
  mode: 'output' | 'input' | 'input-pullup';
}

/** A robot's pose on its field, mm and radians (field coordinates). */
export interface RobotPose {
  x: number;
  y: number;
  heading: number;
  /** What the robot's own parts read now (motor drivers, line sensors, sonar, bumpers), by id. */
  parts?: Record<string, Record<string, PartValue>>;
  /** Cans on the field («кегельринг»), where they are now. */
  cans?: { id: string; x: number; y: number; r: number; fallen: boolean }[];
}

/** What the worker posts ~30 times a second. */
export interface Snapshot {
  type: 'snapshot';
  /** Simulated time, ms. */
  timeMs: number;
  running: boolean;
  pins: Record<string, PinView>;
  parts: Record<string, Record<string, PartValue>>;
  /** Serial output since the previous snapshot (decoded as UTF-8). */
  serial: string;
  robot?: RobotPose;
  /** Simulated ms per wall second over the last frame (shows "as fast as possible" at work). */
  rate: number;
  /** The execution engine the board runs on: 'fast' unless the page's policy forbids compiling code. */
  engine: string;
}

export type FromWorker =
  | Snapshot
  | { type: 'crash'; message: Text; timeMs: number }
  | { type: 'error'; message: string }
  /** Anything the worker could not set up (a part it does not know, a scene it cannot build). */
  | { type: 'warning'; message: string };
