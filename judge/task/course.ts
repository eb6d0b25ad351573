import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { loadTask, zodProblems } from './load.ts';
import { readText } from './files.ts';
import { courseSchema, type Course } from './schema.ts';
import { TaskLoadError, type Task, type TaskProblem } from './types.ts';

/** Folders of `tasks/` that hold data, not task packages. */
const NOT_TASKS = new Set(['courses', 'contests']);

/**
 * Loads every task package under `root` (each folder with a task.yaml; `courses/` and the contest
 * round files in `contests/` are not tasks and are skipped).
 * Problems of all tasks are reported together, with paths relative to `root`.
 */
export async function loadAllTasks(root: string): Promise<Task[]> {
  const base = resolve(root);
  const entries = await readdir(base, { withFileTypes: true });
  const tasks: Task[] = [];
  const problems: TaskProblem[] = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !NOT_TASKS.has(e.name)).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(base, entry.name);
    if ((await readText(join(dir, 'task.yaml'))) === null) continue;
    try {
      tasks.push(await loadTask(dir));
    } catch (error) {
      if (!(error instanceof TaskLoadError)) throw error;
      for (const p of error.problems) problems.push({ ...p, file: `${entry.name}/${p.file}` });
    }
  }
  if (problems.length) throw new TaskLoadError(problems, `tasks in ${base}`);
  return tasks;
}

/**
 * Loads a course file (tasks/courses/<id>.yaml). With `taskIds`, also checks that every task it
 * lists exists; module prerequisites must name earlier modules of the same course.
 */
export async function loadCourse(file: string, taskIds?: Iterable<string>): Promise<Course> {
  const path = resolve(file);
  const name = relative(process.cwd(), path);
  const body = await readText(path);
  if (body === null) throw new TaskLoadError([{ file: name, message: 'the course file is missing' }], 'course');
  const doc = parseDocument(body);
  if (doc.errors.length) throw new TaskLoadError(doc.errors.map((e) => ({ file: name, message: `YAML: ${e.message.split('\n')[0]}` })), 'course');
  const parsed = courseSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new TaskLoadError(zodProblems(name, parsed.error), 'course');
  const course = parsed.data;
  const problems: TaskProblem[] = [];
  const known = taskIds ? new Set(taskIds) : null;
  const seenTasks = new Set<string>();
  const seenModules = new Set<string>();
  course.modules.forEach((m, i) => {
    for (const pre of m.prerequisites) {
      if (!seenModules.has(pre)) problems.push({ file: name, field: `modules.${i}.prerequisites`, message: `"${pre}" is not an earlier module of this course` });
    }
    if (seenModules.has(m.id)) problems.push({ file: name, field: `modules.${i}.id`, message: `module id "${m.id}" is used twice` });
    seenModules.add(m.id);
    m.tasks.forEach((t, j) => {
      if (known && !known.has(t)) problems.push({ file: name, field: `modules.${i}.tasks.${j}`, message: `there is no task "${t}"` });
      if (seenTasks.has(t)) problems.push({ file: name, field: `modules.${i}.tasks.${j}`, message: `task "${t}" is listed twice` });
      seenTasks.add(t);
    });
  });
  if (problems.length) throw new TaskLoadError(problems, 'course');
  return course;
}
