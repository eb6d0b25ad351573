/** Loading a task for the CLI: every load problem is shown with its file and field. */
import { relative, resolve } from 'node:path';
import type { Task } from '../task/types.ts';
import type { CommandContext } from './command.ts';

interface Problem {
  file?: string;
  field?: string;
  message: string | { ru: string; en: string };
}

/** The task, or null after printing why it cannot be loaded. */
export async function loadTaskOrReport(dir: string, ctx: CommandContext): Promise<Task | null> {
  const { loadTask } = await import('../task/load.ts');
  try {
    return await loadTask(dir);
  } catch (error) {
    ctx.err.write(`${describeLoadFailure(dir, error, ctx).join('\n')}\n`);
    return null;
  }
}

/** Lines explaining why a task did not load: one per problem (`file: field: message`). */
export function describeLoadFailure(dir: string, error: unknown, ctx: CommandContext): string[] {
  const problems = (error as { problems?: Problem[] } | null)?.problems;
  const head = ctx.lang === 'ru' ? `Задача ${dir} не загружается:` : `Task ${dir} does not load:`;
  if (!Array.isArray(problems) || problems.length === 0) {
    return [head, `  ${error instanceof Error ? error.message : String(error)}`];
  }
  return [
    head,
    ...problems.map((p) => {
      // Problems name files relative to the task folder; show a path the user can open from here.
      const file = p.file ? relative(process.cwd(), resolve(dir, p.file)) || p.file : dir;
      const message = typeof p.message === 'string' ? p.message : p.message[ctx.lang];
      return `  ${file}${p.field ? `: ${p.field}` : ''}: ${message}`;
    }),
  ];
}
