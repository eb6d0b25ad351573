import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, judgeCli } from './cli.ts';

/** Every task package of the curriculum: a folder under tasks/ with a task.yaml. */
const TASKS = readdirSync(join(ROOT, 'tasks'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, 'tasks', e.name, 'task.yaml')))
  .map((e) => `tasks/${e.name}`)
  .sort();

describe('the curriculum', () => {
  it.skipIf(TASKS.length === 0)('passes `judge check tasks/*`: every labelled solution of every task gets its label', async () => {
    const r = await judgeCli(['check', ...TASKS]);
    // The report is the useful failure message: which task, which solution, which test and why.
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain(`All tasks OK (${TASKS.length})`);
  }, 1_800_000);
});
