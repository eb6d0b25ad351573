/**
 * The bench API: what a task's bench.ts is written against (defineBench, expectations, scenes) and
 * what the runner calls (runBenchTest, listTests). Common code: runs in Node and in the browser.
 */
import './expect/index.ts';

export { servoPulses, measureFrequency, type SerialChecks, type LineChecks, type ServoChecks, type ToneChecks } from './expect/index.ts';

export { defineBench, checkBench, listTests, type CommonContext, type PartOf, type TypedContext, type TypedTest } from './define.ts';
export { runBenchTest, seedOf, DEFAULT_LIMIT_MS } from './run.ts';
export { registerScene, type SceneHandler, type SceneContext, type AttachedScene } from './scene.ts';
export { registerExpectation, type Expect, type ExpectContext, type Expectations } from './expect/registry.ts';
export { ExpectationFailed, BoardCrashed, TimeLimitExceeded } from './errors.ts';
export type { BenchDefinition, BenchTest, PartHandle, RunOptions, SceneSpec, SerialApi, TestContext, TestOutcome } from './types.ts';
