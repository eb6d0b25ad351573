import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllTasks, loadCourse, loadTask, TaskLoadError, type TaskProblem } from './index.ts';

const ROOT = join(import.meta.dirname, '../..');
const BENCH_API = join(ROOT, 'judge/bench/index.ts');

async function problemsOf(load: Promise<unknown>): Promise<TaskProblem[]> {
  const error = await load.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TaskLoadError);
  return (error as TaskLoadError).problems;
}

function brokenTask(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tl-task-')), 'broken');
  mkdirSync(join(dir, 'solutions'), { recursive: true });
  writeFileSync(join(dir, 'task.yaml'), [
    'id: broken',
    'title: { ru: Сломанная }',
    'difficulty: 9',
    'points: 50',
    'limits: { simulatedMs: 1000 }',
    'colour: red',
    'solutions:',
    '  - file: solutions/ok.ino',
    '    expect: { verdict: accepted }',
    '  - file: solutions/missing.ino',
    '    expect: { verdict: wrong }',
  ].join('\n'));
  writeFileSync(join(dir, 'statement.ru.md'), '# Задача\n\n![](wiring.svg)\n![](photo.png)\n');
  writeFileSync(join(dir, 'solutions/ok.ino'), 'void setup(){} void loop(){}');
  writeFileSync(join(dir, 'solutions/extra.ino'), 'void setup(){} void loop(){}');
  writeFileSync(join(dir, 'bench.ts'), `import { defineBench } from ${JSON.stringify(BENCH_API)};
export default defineBench({
  parts: [{ kind: 'lamp', id: 'l', pins: { a: 'D13' } }, { kind: 'led', id: 'led', pins: { anode: 'D99' } }],
  tests: [
    { id: 'a', title: { ru: 'а', en: 'a' }, points: 10, run() {} },
    { id: 'a', title: { ru: 'б', en: '' }, points: -1, run() {} },
  ],
});`);
  return dir;
}

describe('loadTask', () => {
  it('loads a task package with its tests, solutions, version and wiring picture', async () => {
    const task = await loadTask(join(ROOT, 'tasks/blink'));
    expect(task.id).toBe('blink');
    expect(task.title.ru).toBe('Маячок');
    expect(task.points).toBe(100);
    expect(task.tests.map((t) => t.points).reduce((a, b) => a + b)).toBe(100);
    expect(task.tests.some((t) => t.hidden)).toBe(true);
    expect(task.limits.cycleBudget).toBe(task.limits.simulatedMs * 16_000);
    expect(task.parts).toEqual([{ kind: 'led', id: 'led', pins: { anode: 'D13' }, color: 'red' }]);
    expect(task.solutions.find((s) => s.file === 'solutions/accepted.ino')?.source).toContain('pinMode');
    expect(task.statements.en).toContain('wiring.svg');
    expect(task.wiringSvg).toMatch(/^<svg[\s\S]*>13<\/text>[\s\S]*<\/svg>\n$/);
    expect(task.version).toMatch(/^[0-9a-f]{16}$/);
    expect((await loadTask(join(ROOT, 'tasks/blink'))).version).toBe(task.version);
  });

  it('gives a new version when any file changes', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'tl-task-')), 'blink');
    cpSync(join(ROOT, 'tasks/blink'), dir, { recursive: true });
    // The copied bench imports the API relative to tasks/; point it at the repository.
    writeFileSync(join(dir, 'bench.ts'), (await import('node:fs')).readFileSync(join(dir, 'bench.ts'), 'utf8').replace('../../judge/bench/index.ts', BENCH_API));
    const before = await loadTask(dir);
    writeFileSync(join(dir, 'statement.en.md'), before.statements.en + '\nMore.\n');
    expect((await loadTask(dir)).version).not.toBe(before.version);
  });

  it('reports every problem of a broken package at once, with file and field', async () => {
    const problems = await problemsOf(loadTask(brokenTask()));
    const has = (file: string, field: string | undefined, message: RegExp) =>
      expect(problems.some((p) => p.file === file && p.field === field && message.test(p.message)), `${file} ${field} ${message}\n${JSON.stringify(problems, null, 1)}`).toBe(true);
    has('task.yaml', 'title.en', /./);
    has('task.yaml', 'difficulty', /./);
    has('task.yaml', 'limits.wallMs', /./);
    has('task.yaml', '(root)', /colour/);
    has('statement.en.md', undefined, /missing/);
    has('statement.ru.md', undefined, /photo\.png/);
    has('template.ino', undefined, /missing/);
    has('bench.ts', 'tests.1.title.en', /./);
    has('bench.ts', 'tests.1.points', /./);
    has('bench.ts', 'tests.1.id', /twice/);
    has('task.yaml', 'solutions.1.file', /missing\.ino/);
    has('solutions/extra.ino', undefined, /not listed/);
    expect(problems.length).toBeGreaterThanOrEqual(11);
  });

  it('reports bad parts and duplicate test ids of a bench that parses', async () => {
    const dir = brokenTask();
    writeFileSync(join(dir, 'bench.ts'), `import { defineBench } from ${JSON.stringify(BENCH_API)};
export default defineBench({
  parts: [{ kind: 'lamp', id: 'l', pins: { a: 'D13' } }, { kind: 'led', id: 'led', pins: { anode: 'D99' } }],
  tests: [{ id: 'a', title: { ru: 'а', en: 'a' }, points: 10, run() {} }, { id: 'a', title: { ru: 'б', en: 'b' }, points: 10, run() {} }],
});`);
    const problems = await problemsOf(loadTask(dir));
    const bench = problems.filter((p) => p.file === 'bench.ts');
    expect(bench.map((p) => p.field)).toEqual(['tests.1.id', 'parts.0', 'parts.1']);
    expect(bench[1].message).toMatch(/lamp/);
    expect(bench[2].message).toMatch(/D99/);
    expect(problems).toContainEqual({ file: 'task.yaml', field: 'points', message: 'is 50, but the bench\'s tests add up to 20' });
  });

  it('reports a bench that does not even import', async () => {
    const dir = brokenTask();
    writeFileSync(join(dir, 'bench.ts'), 'export default {');
    const problems = await problemsOf(loadTask(dir));
    expect(problems.some((p) => p.file === 'bench.ts' && /cannot be loaded/.test(p.message))).toBe(true);
  });
});

describe('courses and task folders', () => {
  it('checks that a course names existing tasks and earlier modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-course-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, [
      'id: bad',
      'title: { ru: Курс, en: Course }',
      'modules:',
      '  - id: one',
      '    title: { ru: Один, en: One }',
      '    tasks: [blink, nothing]',
      '    prerequisites: [two]',
      '  - id: two',
      '    title: { ru: Два, en: Two }',
      '    tasks: [blink]',
    ].join('\n'));
    const problems = await problemsOf(loadCourse(file, ['blink']));
    expect(problems.map((p) => p.field)).toEqual(['modules.0.prerequisites', 'modules.0.tasks.1', 'modules.1.tasks.0']);
  });

  it('loads every task of a folder and names the task in each problem', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-root-'));
    const broken = brokenTask();
    cpSync(broken, join(root, 'broken'), { recursive: true });
    const problems = await problemsOf(loadAllTasks(root));
    expect(problems.every((p) => p.file.startsWith('broken/'))).toBe(true);
  });

  it('skips the courses/ and contests/ folders, even if one holds a task.yaml', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-root-'));
    for (const folder of ['courses', 'contests']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'task.yaml'), 'id: not-a-task\n');
      writeFileSync(join(root, folder, 'cup-sample.yaml'), 'id: cup-sample\n');
    }
    await expect(loadAllTasks(root)).resolves.toEqual([]);
  });
});
