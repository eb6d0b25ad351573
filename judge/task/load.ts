import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkBench, listTests, type BenchDefinition } from '../bench/index.ts';
import { renderWiringSvg } from '../bench/wiring-svg.ts';
import { checkSpec } from '../parts/registry.ts';
import { contentHash, listFiles, readText } from './files.ts';
import { solutionsYamlSchema, taskYamlSchema, type TaskYaml } from './schema.ts';
import { TaskLoadError, type Task, type TaskProblem, type TaskSolution } from './types.ts';

const CYCLES_PER_MS = 16_000;

/**
 * Loads and validates a task package folder. Every problem is collected (YAML syntax, schema,
 * missing files, a bench that fails to import or declares bad parts, points that do not add up,
 * unlabelled solutions …) and thrown together as one TaskLoadError with file and field.
 */
export interface LoadTaskOptions {
  /**
   * Imports bench.ts and returns its module (default: `import()` in this process). An untrusted
   * bench (judge/sandbox) is described in the sandbox instead and comes back as data.
   */
  importBench?: (path: string, version: string) => Promise<{ default?: unknown }>;
}

export async function loadTask(dirPath: string, options: LoadTaskOptions = {}): Promise<Task> {
  const dir = resolve(dirPath);
  const problems: TaskProblem[] = [];
  const files = await listFiles(dir).catch(() => null);
  if (!files) throw new TaskLoadError([{ file: dir, message: 'the task folder does not exist' }]);

  const yaml = await readYaml(dir, 'task.yaml', problems);
  const parsed = yaml === undefined ? null : taskYamlSchema.safeParse(yaml);
  if (parsed && !parsed.success) problems.push(...zodProblems('task.yaml', parsed.error));
  const meta: TaskYaml | null = parsed?.success ? parsed.data : null;
  if (meta && meta.id !== basename(dir)) {
    problems.push({ file: 'task.yaml', field: 'id', message: `the id "${meta.id}" must be the folder's name "${basename(dir)}"` });
  }

  const statements = { ru: '', en: '' };
  for (const lang of ['ru', 'en'] as const) {
    const file = `statement.${lang}.md`;
    const body = await readText(join(dir, file));
    if (body === null) problems.push({ file, message: 'the statement is missing' });
    else if (!body.trim()) problems.push({ file, message: 'the statement is empty' });
    else {
      statements[lang] = body;
      for (const image of imagesOf(body)) {
        if (image !== 'wiring.svg' && !files.includes(image)) problems.push({ file, message: `the picture "${image}" is not in the task folder` });
      }
    }
  }

  const templateFile = meta?.template ?? 'template.ino';
  const template = await readText(join(dir, templateFile));
  if (template === null) problems.push({ file: templateFile, message: 'the template sketch is missing' });

  const benchPath = join(dir, 'bench.ts');
  const version = await contentHash(dir, files);
  const { bench, raw } = await importBench(benchPath, version, files, problems, options.importBench);
  const points = meta?.points ?? rawNumber(yaml, 'points');
  // Points are compared even when the bench has other mistakes (its raw export).
  const tests = (raw as { tests?: unknown } | undefined)?.tests;
  const testPoints = Array.isArray(tests) ? tests.map((t: { points?: unknown } | null) => t?.points) : [];
  if (testPoints.length && testPoints.every((p) => typeof p === 'number') && points !== undefined) {
    const total = (testPoints as number[]).reduce((sum, p) => sum + p, 0);
    if (Math.abs(total - points) > 1e-9) {
      problems.push({ file: 'task.yaml', field: 'points', message: `is ${points}, but the bench's tests add up to ${total}` });
    }
  }

  const solutions = await loadSolutions(dir, files, meta, yaml, problems);

  if (problems.length || !meta || !bench || template === null) throw new TaskLoadError(problems, `task ${dir}`);
  const shipped = files.includes('wiring.svg') ? await readText(join(dir, 'wiring.svg')) : null;
  return {
    id: meta.id,
    dir,
    version,
    title: meta.title,
    statements,
    template,
    points: meta.points,
    limits: {
      simulatedMs: meta.limits.simulatedMs,
      wallMs: meta.limits.wallMs,
      cycleBudget: meta.limits.cycleBudget ?? Math.round(meta.limits.simulatedMs * CYCLES_PER_MS),
    },
    difficulty: meta.difficulty,
    tags: meta.tags,
    ...(meta.course ? { course: meta.course } : {}),
    parts: bench.parts,
    ...(bench.scene ? { scene: bench.scene } : {}),
    tests: listTests(bench),
    solutions,
    benchPath,
    bench,
    wiringSvg: shipped ?? renderWiringSvg(bench.parts),
  };
}

async function readYaml(dir: string, file: string, problems: TaskProblem[]): Promise<unknown> {
  const body = await readText(join(dir, file));
  if (body === null) {
    problems.push({ file, message: 'the file is missing' });
    return undefined;
  }
  const doc = parseDocument(body);
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ file, message: `YAML: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  return doc.toJS();
}

export function zodProblems(file: string, error: z.ZodError, prefix = ''): TaskProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: prefix + (issue.path.join('.') || '(root)'),
    message: issue.message,
  }));
}

/** Pictures a Markdown statement shows: ![alt](path). */
function imagesOf(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)/g)]
    .map((m) => m[1].replace(/^\.\//, ''))
    .filter((p) => !/^[a-z]+:/i.test(p));
}

async function importBench(path: string, version: string, files: string[], problems: TaskProblem[], load?: LoadTaskOptions['importBench']): Promise<{ bench: BenchDefinition | null; raw?: unknown }> {
  if (!files.includes('bench.ts')) {
    problems.push({ file: 'bench.ts', message: 'the bench is missing' });
    return { bench: null };
  }
  let bench: unknown;
  try {
    // The version in the URL makes an edited bench load afresh instead of from the module cache.
    const mod = load ? await load(path, version) : ((await import(`${pathToFileURL(path).href}?v=${version}`)) as { default?: unknown });
    bench = mod.default;
  } catch (error) {
    problems.push({ file: 'bench.ts', message: `cannot be loaded: ${error instanceof Error ? error.message : String(error)}` });
    return { bench: null };
  }
  if (bench === undefined) {
    problems.push({ file: 'bench.ts', message: 'has no default export (export default defineBench({ … }))' });
    return { bench: null };
  }
  const benchProblems = checkBench(bench);
  for (const p of benchProblems) problems.push({ file: 'bench.ts', field: p.field, message: p.message });
  const def = bench as BenchDefinition;
  // Parts are checked even when a test is wrong, so the author sees both at once.
  if (benchProblems.some((p) => p.field.startsWith('parts') || p.field === '(bench)')) return { bench: null, raw: bench };
  const kinds = new Map(def.parts.map((p) => [p.id, p.kind]));
  const seen = new Set<string>();
  def.parts.forEach((spec, i) => {
    if (seen.has(spec.id)) problems.push({ file: 'bench.ts', field: `parts.${i}.id`, message: `part id "${spec.id}" is used twice` });
    seen.add(spec.id);
    for (const message of checkSpec(spec, kinds).problems) problems.push({ file: 'bench.ts', field: `parts.${i}`, message });
  });
  return { bench: benchProblems.length ? null : def, raw: bench };
}

async function loadSolutions(dir: string, files: string[], meta: TaskYaml | null, yaml: unknown, problems: TaskProblem[]): Promise<TaskSolution[]> {
  // Even when task.yaml has other mistakes, its solution list is checked on its own.
  let listed = meta ? meta.solutions : rawSolutions(yaml);
  let where = 'task.yaml';
  if (files.includes('solutions.yaml')) {
    where = 'solutions.yaml';
    const yaml = await readYaml(dir, 'solutions.yaml', problems);
    const parsed = yaml === undefined ? null : solutionsYamlSchema.safeParse(yaml);
    if (parsed && !parsed.success) problems.push(...zodProblems(where, parsed.error));
    if (meta?.solutions) problems.push({ file: 'task.yaml', field: 'solutions', message: 'solutions are listed both here and in solutions.yaml; keep one list' });
    listed = parsed?.success ? parsed.data : undefined;
  }
  if (!listed) {
    if (meta) problems.push({ file: where, field: 'solutions', message: 'list the solutions with the verdict each must get' });
    return [];
  }
  const out: TaskSolution[] = [];
  for (const [i, s] of listed.entries()) {
    const source = await readText(join(dir, s.file));
    if (source === null) problems.push({ file: where, field: `solutions.${i}.file`, message: `"${s.file}" does not exist` });
    else out.push({ file: s.file, source, expect: s.expect, ...(s.label ? { label: s.label } : {}) });
    if (meta && s.expect.score !== undefined && s.expect.score > meta.points) {
      problems.push({ file: where, field: `solutions.${i}.expect.score`, message: `${s.expect.score} is more than the task's ${meta.points} points` });
    }
  }
  for (const file of files.filter((f) => f.startsWith('solutions/') && /\.(ino|cpp)$/.test(f))) {
    if (!listed.some((s) => s.file === file)) problems.push({ file, message: `is not listed in ${where}: say which verdict it must get` });
  }
  if (!listed.some((s) => s.expect.verdict === 'accepted')) problems.push({ file: where, field: 'solutions', message: 'needs at least one accepted solution' });
  if (!listed.some((s) => s.expect.verdict !== 'accepted')) problems.push({ file: where, field: 'solutions', message: 'needs at least one wrong solution (a mistake students make)' });
  return out;
}

function rawSolutions(yaml: unknown) {
  const raw = yaml && typeof yaml === 'object' ? (yaml as { solutions?: unknown }).solutions : undefined;
  const parsed = solutionsYamlSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function rawNumber(yaml: unknown, key: string): number | undefined {
  const value = yaml && typeof yaml === 'object' ? (yaml as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' ? value : undefined;
}
