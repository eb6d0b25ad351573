/**
 * The tasks and courses served, loaded from `tasks/` (the package format of judge/task) and
 * mirrored into the store, so submissions and progress can join against them. A broken task is
 * logged and skipped: one teacher's typo must not take the platform down.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { loadCourse, loadTask, type Course, type Task } from '../../../judge/task/index.ts';
import type { Database } from '../db/schema.ts';

export type { Task, Course };

export class Catalog {
  readonly tasks = new Map<string, Task>();
  courses: Course[] = [];
  /**
   * Tasks authored in the browser (web/server/authoring): they load from the store, never from
   * `root`, and their benches run only in the sandbox pool.
   */
  authored?: {
    owns(task: Task): boolean;
    taskFor(id: string, version: string): Promise<Task | undefined>;
    pool(): import('../../../judge/runner/index.ts').WorkerPool;
  };

  constructor(
    readonly root: string,
    private readonly log?: Logger,
  ) {}

  /** Loads every task folder (with a task.yaml) and every course under `courses/`. */
  async load(): Promise<this> {
    const entries = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'courses' || e.name === 'fields') continue;
      await this.loadOne(join(this.root, e.name));
    }
    const courseDir = join(this.root, 'courses');
    const files = (await readdir(courseDir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml')).sort();
    this.courses = [];
    for (const f of files) {
      try {
        const course = await loadCourse(join(courseDir, f));
        // A course may list tasks that failed to load; they are left out rather than shown broken.
        course.modules = course.modules.map((m) => ({ ...m, tasks: m.tasks.filter((t) => this.tasks.has(t)) }));
        this.courses.push(course);
      } catch (error) {
        this.log?.error({ file: f, err: describe(error) }, 'course skipped');
      }
    }
    if (this.courses.length === 0 && this.tasks.size > 0) this.courses.push(this.allTasksCourse());
    return this;
  }

  private async loadOne(dir: string): Promise<Task | undefined> {
    if (!existsSync(join(dir, 'task.yaml'))) return undefined;
    try {
      const task = await loadTask(dir);
      this.tasks.set(task.id, task);
      return task;
    } catch (error) {
      this.log?.error({ dir, err: describe(error) }, 'task skipped');
      return undefined;
    }
  }

  /**
   * The task to judge a submission with. When the package changed on disk since it was loaded (a
   * long-running worker), it is loaded again so the worker judges what the server now serves.
   */
  async taskFor(id: string, version: string): Promise<Task | undefined> {
    const task = this.tasks.get(id);
    if (this.authored && (!task || this.authored.owns(task))) {
      const authored = await this.authored.taskFor(id, version);
      if (authored) return authored;
    }
    if (task && task.version === version) return task;
    const fresh = await this.loadOne(join(this.root, id));
    return fresh ?? task;
  }

  /** Without a course file every task still has a home: one course listing them all. */
  private allTasksCourse(): Course {
    return {
      id: 'all',
      title: { ru: 'Все задачи', en: 'All tasks' },
      modules: [{ id: 'all', title: { ru: 'Задачи', en: 'Tasks' }, tasks: [...this.tasks.keys()], prerequisites: [] }],
    };
  }

  /** Mirrors tasks (and every version ever seen) and courses into the store. */
  async sync(db: Kysely<Database>): Promise<void> {
    const now = new Date().toISOString();
    for (const t of this.tasks.values()) {
      const row = {
        version: t.version,
        title_json: JSON.stringify(t.title),
        max_score: t.points,
        meta_json: JSON.stringify({ difficulty: t.difficulty, tags: t.tags }),
        updated_at: now,
      };
      await db
        .insertInto('tasks')
        .values({ id: t.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      await db
        .insertInto('task_versions')
        .values({ task_id: t.id, version: t.version, loaded_at: now })
        .onConflict((oc) => oc.columns(['task_id', 'version']).doNothing())
        .execute();
    }
    const ids = this.courses.map((c) => c.id);
    if (ids.length) await db.deleteFrom('courses').where('id', 'not in', ids).execute();
    else await db.deleteFrom('courses').execute();
    for (const [position, c] of this.courses.entries()) {
      const row = {
        title_json: JSON.stringify(c.title),
        description_json: c.description ? JSON.stringify(c.description) : null,
        modules_json: JSON.stringify(c.modules.map((m) => ({ id: m.id, title: m.title, tasks: m.tasks }))),
        position,
        updated_at: now,
      };
      await db
        .insertInto('courses')
        .values({ id: c.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
