import type { Random } from '../board/random.ts';
import type { Uno } from '../board/uno.ts';
import type { Part } from '../parts/part.ts';
import type { SceneSpec } from './types.ts';

export interface SceneContext {
  board: Uno;
  random: Random;
  /** Parts created for the bench, by id (a robot scene reads the motor driver, sensors …). */
  parts: ReadonlyMap<string, Part>;
  /** Records a scene event in the trace. */
  emit(what: string, value: number | string): void;
  /** Records a robot pose sample in the trace. */
  pose(xMm: number, yMm: number, headingRad: number): void;
}

export interface AttachedScene {
  /** What the bench sees as `t.scene`. */
  api: unknown;
  /** Called between simulation slices (at most 1 ms of simulated time apart). */
  step?(cycle: number): void;
  detach?(): void;
}

export type SceneHandler = (spec: SceneSpec, ctx: SceneContext) => AttachedScene;

const handlers = new Map<string, SceneHandler>();

/** A scene kind (e.g. 'robot') registers how it attaches to a board; benches refer to it by kind. */
export function registerScene(kind: string, attach: SceneHandler): void {
  handlers.set(kind, attach);
}

export function sceneHandler(kind: string): SceneHandler | undefined {
  return handlers.get(kind);
}
