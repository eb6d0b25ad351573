import type { RobotScene } from '../robot-scene.ts';

/**
 * Robot expectations, `t.scene.expect.<name>(…)`: one file each in this folder, added to this
 * interface by declaration merging and registered by name, so a new rule is a new file. Each
 * judges the recorded run and throws ExpectationFailed with a plain ru/en message on failure.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RobotChecks {}

type AnyCheck = (scene: RobotScene, ...args: never[]) => unknown;
const checks = new Map<string, AnyCheck>();

export function registerRobotCheck<K extends keyof RobotChecks>(
  name: K,
  check: RobotChecks[K] extends (...a: infer A) => infer R ? (scene: RobotScene, ...args: A) => R : never,
): void {
  checks.set(name as string, check as unknown as AnyCheck);
}

export function robotChecks(scene: RobotScene): RobotChecks {
  const out: Record<string, unknown> = {};
  for (const [name, check] of checks) out[name] = (...args: never[]) => check(scene, ...args);
  return out as unknown as RobotChecks;
}
