import { z } from 'zod';
import type { PartSpec } from '../parts/part.ts';
import type { PartKinds } from '../parts/registry.ts';
import type { Part } from '../parts/part.ts';
import type { TestInfo } from '../runner/events.ts';
import type { BenchDefinition, BenchTest, SceneSpec, TestContext } from './types.ts';

/** The part a bench gets for an id: typed by its kind when the bench declares its parts literally. */
export type PartOf<P extends readonly PartSpec[], Id> =
  Extract<P[number], { id: Id }>['kind'] extends infer K ? (K extends keyof PartKinds ? PartKinds[K] : Part) : Part;

/** What every test context has besides parts: for helpers shared by the tests of a bench. */
export type CommonContext = Omit<TestContext, 'part'>;

/** A test context whose `t.part('btn')` knows that "btn" is a button. */
export interface TypedContext<P extends readonly PartSpec[]> extends Omit<TestContext, 'part'> {
  part<Id extends P[number]['id']>(id: Id): PartOf<P, Id>;
}

export interface TypedTest<P extends readonly PartSpec[]> extends Omit<BenchTest, 'run'> {
  run(t: TypedContext<P>): Promise<void> | void;
}

/**
 * Declares a task's bench. Only returns its argument (the runner validates it when the task loads),
 * but it types `t.part(id)` from the declared parts, so `t.part('btn').press()` is checked.
 */
export function defineBench<const P extends readonly PartSpec[]>(bench: {
  parts: P;
  scene?: SceneSpec;
  tests: TypedTest<P>[];
}): BenchDefinition {
  return bench as unknown as BenchDefinition;
}

const text = z.strictObject({ ru: z.string().min(1), en: z.string().min(1) });
const testSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-_]*$/i, 'a test id is letters, digits, "-" and "_"'),
  title: text,
  points: z.number().min(0),
  group: z.string().min(1).optional(),
  hidden: z.boolean().optional(),
  seed: z.number().int().optional(),
  limitMs: z.number().positive().optional(),
  parts: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  run: z.custom<BenchTest['run']>((v) => typeof v === 'function', 'run must be a function'),
});
const benchSchema = z.object({
  parts: z.array(z.looseObject({ kind: z.string(), id: z.string(), pins: z.record(z.string(), z.string()) })),
  scene: z.looseObject({ kind: z.string() }).optional(),
  tests: z.array(testSchema).min(1, 'a bench needs at least one test'),
});

/** Every problem of a bench definition at once, as [field path, message] pairs (empty when valid). */
export function checkBench(bench: unknown): { field: string; message: string }[] {
  const parsed = benchSchema.safeParse(bench);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(bench)', message: i.message }));
  const tests = (bench as { tests?: unknown })?.tests;
  if (Array.isArray(tests)) {
    const seen = new Set<unknown>();
    tests.forEach((t: { id?: unknown } | null, i) => {
      if (typeof t?.id === 'string' && seen.has(t.id)) problems.push({ field: `tests.${i}.id`, message: `test id "${t.id}" is used twice` });
      seen.add(t?.id);
    });
  }
  return problems;
}

/** The tests as the runner announces them (index = position in the bench). */
export function listTests(bench: BenchDefinition): TestInfo[] {
  return bench.tests.map((t, index) => ({
    id: t.id,
    index,
    title: t.title,
    points: t.points,
    ...(t.group ? { group: t.group } : {}),
    hidden: t.hidden === true,
  }));
}
