import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, judgeCli } from './cli.ts';

const TASK = 'tests/cli/fixtures/serial-hello';

describe('judge run', () => {
  it('prints a line per test and the final score, exit status 0 for a full score', async () => {
    const r = await judgeCli(['run', TASK, join(TASK, 'solutions/ok.ino')]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/✓ 1\. Prints hello {2}10\/10/);
    expect(r.stdout).toMatch(/Greeted after: [\d.]+ s/);
    expect(r.stdout).toMatch(/Result: accepted — score 25\/25/);
  });

  it('exits 1 below a full score, with the failed test\'s message in the chosen language', async () => {
    const r = await judgeCli(['run', TASK, join(TASK, 'solutions/wrong-greeting.ino'), '--lang', 'ru']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/✗ 1\. Печатает hello {2}0\/10/);
    expect(r.stdout).toMatch(/ожидалось «hello», напечатано «hi»/);
    expect(r.stdout).toMatch(/баллы 15\/25/);
  });

  it('exits 1 on a compile error and shows it at its line', async () => {
    const r = await judgeCli(['run', TASK, 'tests/cli/fixtures/sketches/compile-error.ino']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/compile-error\.ino:7:\d+: error:/);
    expect(r.stdout).toMatch(/Result: compile error — score 0\/25/);
  });

  it('prints every judging event with --json', async () => {
    const r = await judgeCli(['run', TASK, join(TASK, 'solutions/blink.ino'), '--json']);
    expect(r.exitCode).toBe(1);
    const { task, events } = JSON.parse(r.stdout) as { task: string; events: { type: string }[] };
    expect(task).toBe('serial-hello');
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['compiling', 'compiled', 'tests']);
    expect(types.filter((t) => t === 'test-started')).toHaveLength(3);
    expect(types.filter((t) => t === 'test-finished')).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({ type: 'finished', verdict: 'wrong', score: 10, maxScore: 25 });
  });
});

describe('judge check', () => {
  it('passes a task whose every solution gets its label, and says why the wrong ones fail', async () => {
    const r = await judgeCli(['check', TASK]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/✓ solutions\/ok\.ino .*accepted, 25\/25/);
    expect(r.stdout).toMatch(/✓ solutions\/crash\.ino .*crashed, 0\/25/);
    expect(r.stdout).toMatch(/D13 went off before 450 ms/);
    expect(r.stdout).toMatch(/All tasks OK \(1\)/);
  });

  it('fails on a task that does not load, naming every problem with its file and field', async () => {
    const r = await judgeCli(['check', join(FIXTURES, 'broken-task'), 'tests/cli/fixtures/no-such-task']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/broken-task\/task\.yaml: id: /);
    expect(r.stdout).toMatch(/broken-task\/task\.yaml: limits\.wallMs: /);
    expect(r.stdout).toMatch(/broken-task\/statement\.en\.md: the statement is missing/);
    expect(r.stdout).toMatch(/no-such-task: the task folder does not exist/);
  });

  it('reports JSON with --json', async () => {
    const r = await judgeCli(['check', TASK, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.tasks[0].solutions.map((s: { file: string; ok: boolean }) => [s.file, s.ok])).toContainEqual(['solutions/boom.ino', true]);
  });
});
