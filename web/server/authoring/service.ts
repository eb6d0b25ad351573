/**
 * Task authoring: teachers' own task packages, stored as rows (migration 006), loaded and judged
 * only through the bench sandbox (judge/sandbox). A teacher sees and changes only their tasks, an
 * admin all. Publishing makes an immutable version and puts it in the catalog; submissions name the
 * version they were judged on, and an old version's submissions can be rejudged against the new one.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { parseDocument } from 'yaml';
import { judgeSubmission, type WorkerPool } from '../../../judge/runner/index.ts';
import { checkTask } from '../../../judge/task/check.ts';
import { TaskLoadError, type Task } from '../../../judge/task/index.ts';
import { loadAuthoredTask, sandboxAvailable, SandboxPool } from '../../../judge/sandbox/index.ts';
import type { AuthoredTaskDetail, AuthoredTaskSummary, AuthoringEvent, CheckJobState, LoadProblem, RejudgeResponse, ValidateResponse } from '../../shared/authoring.ts';
import type { Text } from '../../shared/common.ts';
import { rooms } from '../../shared/socket.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Database, User } from '../db/schema.ts';
import { declaredId, filesHash, materialize, type TaskFiles } from './files.ts';
import { starterFiles } from './starter.ts';

export interface AuthoringBroadcaster {
  to(room: string): { emit(event: 'authoring:event', payload: { jobId: string; event: AuthoringEvent }): unknown };
}

/** Why a request is refused; the router turns it into an HTTP error. */
export class AuthoringError extends Error {
  constructor(
    readonly code: 'forbidden' | 'not-found' | 'conflict' | 'bad-request',
    readonly text: Text,
    readonly problems: LoadProblem[] = [],
  ) {
    super(text.en);
  }
}

export const TEXT = {
  notFound: { ru: 'Такой авторской задачи нет.', en: 'There is no such authored task.' },
  forbidden: { ru: 'Это задача другого учителя: менять её может только автор или администратор.', en: "This is another teacher's task: only its author or an admin may change it." },
  taken: (id: string) => ({ ru: `Задача с id «${id}» уже есть. Выберите другой id.`, en: `A task with the id "${id}" already exists. Choose another id.` }),
  idMismatch: (id: string, declared: string | null) => ({
    ru: `id в task.yaml («${declared ?? '—'}») должен совпадать с id задачи «${id}».`,
    en: `The id in task.yaml ("${declared ?? '—'}") must be the task's id "${id}".`,
  }),
  notLoadable: { ru: 'Задача не загружается: исправьте ошибки и попробуйте снова.', en: 'The task does not load: fix the problems and try again.' },
  notPublished: { ru: 'Задача ещё не опубликована.', en: 'The task is not published yet.' },
  noSandbox: { ru: 'На сервере нет песочницы (bubblewrap): авторские стенды не запускаются.', en: 'The server has no sandbox (bubblewrap): authored benches cannot run.' },
  jobNotFound: { ru: 'Такой проверки нет.', en: 'There is no such check.' },
  superseded: { ru: 'Проверка остановлена: запущена новая.', en: 'The check was stopped: a newer one was started.' },
  crashed: (m: string) => ({ ru: `Проверка сорвалась: ${m}`, en: `The check failed: ${m}` }),
};

interface CheckJob {
  id: string;
  taskId: string;
  ownerId: number;
  events: AuthoringEvent[];
  done: boolean;
  createdAt: number;
  controller: AbortController;
  authoring: Authoring;
}

const isStaff = (u: User) => u.role === 'admin';

/** «Check task» jobs of this process (a job runs where it was started; kept an hour after it ends). */
const JOBS = new Map<string, CheckJob>();
/** One Authoring per catalog (a process may run several servers in tests). */
const INSTANCES = new WeakMap<Catalog, Authoring>();

/** The job's state if the user may watch it: its author or an admin. */
export function checkJobFor(user: User, jobId: string): CheckJobState {
  const job = JOBS.get(jobId);
  if (!job) throw new AuthoringError('not-found', TEXT.jobNotFound);
  if (job.ownerId !== user.id && !isStaff(user)) throw new AuthoringError('forbidden', TEXT.forbidden);
  return { jobId: job.id, taskId: job.taskId, done: job.done, events: [...job.events] };
}

/** Creates the catalog's Authoring, installs its hook and loads the published authored tasks. */
export async function attachAuthoring(catalog: Catalog, db: Kysely<Database>, dataDir: string, log?: Logger, poolSize?: number): Promise<Authoring> {
  const a = new Authoring(db, catalog, dataDir, log, poolSize);
  INSTANCES.set(catalog, a);
  return a.attach();
}

export function authoringOf(catalog: Catalog): Authoring | undefined {
  return INSTANCES.get(catalog);
}

export class Authoring {
  private sandboxPool: SandboxPool | null = null;
  private readonly loaded = new Map<string, Promise<Task>>();
  private readonly authoredTasks = new WeakSet<Task>();
  io: AuthoringBroadcaster | null = null;

  constructor(
    readonly db: Kysely<Database>,
    readonly catalog: Catalog,
    readonly dataDir: string,
    private readonly log?: Logger,
    private readonly poolSize?: number,
  ) {}

  /** The sandbox pool every authored bench runs in (both «Check task» and students' submissions). */
  pool(): WorkerPool {
    this.sandboxPool ??= new SandboxPool({ size: this.poolSize, bundleDir: join(this.dataDir, 'authored-bundles') });
    return this.sandboxPool;
  }

  /** Installs the catalog hook and loads every published authored task into the catalog. */
  async attach(): Promise<this> {
    this.catalog.authored = {
      owns: (task) => this.authoredTasks.has(task),
      taskFor: (id, version) => this.taskFor(id, version),
      pool: () => this.pool(),
    };
    const rows = await this.db.selectFrom('authored_tasks').select(['id', 'published_number']).where('published_number', 'is not', null).execute();
    for (const row of rows) {
      if (this.catalog.tasks.has(row.id) && !this.authoredTasks.has(this.catalog.tasks.get(row.id)!)) continue;
      try {
        const files = await this.versionFiles(row.id, row.published_number!);
        if (files) this.catalog.tasks.set(row.id, await this.load(row.id, files));
      } catch (err) {
        this.log?.error({ id: row.id, err: err instanceof Error ? err.message : String(err) }, 'authored task skipped');
      }
    }
    return this;
  }

  async close(): Promise<void> {
    for (const job of JOBS.values()) if (job.authoring === this) job.controller.abort(new Error('closing'));
    await this.sandboxPool?.close();
  }

  // ---- loading -------------------------------------------------------------------------------

  /** Loads a package in the sandbox (never importing its bench here); cached by content. */
  load(id: string, files: TaskFiles): Promise<Task> {
    if (!sandboxAvailable()) return Promise.reject(new AuthoringError('bad-request', TEXT.noSandbox));
    const key = `${id}@${filesHash(files)}`;
    let task = this.loaded.get(key);
    if (!task) {
      task = (async () => {
        const dir = await materialize(join(this.dataDir, 'authored'), id, files);
        const t = await loadAuthoredTask(dir, { bundleDir: join(this.dataDir, 'authored-bundles') });
        this.authoredTasks.add(t);
        return t;
      })();
      task.catch(() => this.loaded.delete(key));
      this.loaded.set(key, task);
    }
    return task;
  }

  /** The problems that keep a package from loading (empty when it loads). */
  async problemsOf(id: string, files: TaskFiles): Promise<{ task: Task | null; problems: LoadProblem[] }> {
    const declared = declaredId(files);
    if (declared !== id) return { task: null, problems: [{ file: 'task.yaml', field: 'id', message: TEXT.idMismatch(id, declared).en }] };
    try {
      return { task: await this.load(id, files), problems: [] };
    } catch (error) {
      if (error instanceof TaskLoadError) return { task: null, problems: error.problems.map((p) => ({ file: p.file, ...(p.field ? { field: p.field } : {}), message: p.message })) };
      if (error instanceof AuthoringError) throw error;
      return { task: null, problems: [{ file: 'bench.ts', message: error instanceof Error ? error.message : String(error) }] };
    }
  }

  /** The catalog hook: a version of an authored task by its content hash (undefined for other tasks). */
  async taskFor(id: string, version: string): Promise<Task | undefined> {
    const rows = await this.db.selectFrom('authored_task_versions').select(['number', 'version', 'files_json']).where('task_id', '=', id).orderBy('number', 'desc').execute();
    if (rows.length === 0) return undefined;
    const row = rows.find((r) => r.version === version) ?? rows[0]!;
    return this.load(id, JSON.parse(row.files_json) as TaskFiles);
  }

  private async versionFiles(id: string, number: number): Promise<TaskFiles | null> {
    const row = await this.db.selectFrom('authored_task_versions').select('files_json').where('task_id', '=', id).where('number', '=', number).executeTakeFirst();
    return row ? (JSON.parse(row.files_json) as TaskFiles) : null;
  }

  // ---- rows and access -----------------------------------------------------------------------

  /** The row, if the user may change it: its owner or an admin (others: forbidden). */
  async own(user: User, id: string) {
    const row = await this.db.selectFrom('authored_tasks').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AuthoringError('not-found', TEXT.notFound);
    if (row.owner_id !== user.id && !isStaff(user)) throw new AuthoringError('forbidden', TEXT.forbidden);
    return row;
  }

  async list(user: User): Promise<AuthoredTaskSummary[]> {
    let q = this.db
      .selectFrom('authored_tasks')
      .innerJoin('users', 'users.id', 'authored_tasks.owner_id')
      .select(['authored_tasks.id', 'authored_tasks.owner_id', 'authored_tasks.files_json', 'authored_tasks.published_number', 'authored_tasks.updated_at', 'users.name'])
      .orderBy('authored_tasks.updated_at', 'desc');
    if (!isStaff(user)) q = q.where('authored_tasks.owner_id', '=', user.id);
    const rows = await q.execute();
    const out: AuthoredTaskSummary[] = [];
    for (const r of rows) out.push(await this.summary(r.id, r.owner_id, r.name, r.files_json, r.published_number, r.updated_at));
    return out;
  }

  private async summary(id: string, ownerId: number, ownerName: string, filesJson: string, published: number | null, updatedAt: string): Promise<AuthoredTaskSummary> {
    const files = JSON.parse(filesJson) as TaskFiles;
    let changed = true;
    if (published !== null) {
      const v = await this.versionFiles(id, published);
      changed = !v || filesHash(v) !== filesHash(files);
    }
    return { id, title: titleOf(files), ownerId: String(ownerId), ownerName, publishedNumber: published, changed, updatedAt };
  }

  async detail(user: User, id: string): Promise<AuthoredTaskDetail> {
    const row = await this.own(user, id);
    const owner = await this.db.selectFrom('users').select('name').where('id', '=', row.owner_id).executeTakeFirst();
    const versions = await this.db.selectFrom('authored_task_versions').select(['number', 'version', 'created_at']).where('task_id', '=', id).orderBy('number', 'desc').execute();
    const counts = await this.db
      .selectFrom('submissions')
      .select(['task_version', (eb) => eb.fn.countAll<number>().as('n')])
      .where('task_id', '=', id)
      .groupBy('task_version')
      .execute();
    const count = new Map(counts.map((c) => [c.task_version, Number(c.n)]));
    return {
      ...(await this.summary(row.id, row.owner_id, owner?.name ?? '', row.files_json, row.published_number, row.updated_at)),
      files: JSON.parse(row.files_json) as TaskFiles,
      versions: versions.map((v) => ({ number: v.number, version: v.version, createdAt: v.created_at, submissions: count.get(v.version) ?? 0 })),
    };
  }

  /** A task id must be new: not a built-in task, not another authored one. */
  private async assertFree(id: string): Promise<void> {
    const authored = await this.db.selectFrom('authored_tasks').select('id').where('id', '=', id).executeTakeFirst();
    const builtIn = await this.db.selectFrom('tasks').select('id').where('id', '=', id).executeTakeFirst();
    if (authored || builtIn || this.catalog.tasks.has(id)) throw new AuthoringError('conflict', TEXT.taken(id));
  }

  async create(user: User, id: string, files: TaskFiles = starterFiles(id)): Promise<void> {
    await this.assertFree(id);
    const now = new Date().toISOString();
    await this.db.insertInto('authored_tasks').values({ id, owner_id: user.id, files_json: JSON.stringify(files), published_number: null, created_at: now, updated_at: now }).execute();
  }

  async save(user: User, id: string, files: TaskFiles): Promise<void> {
    await this.own(user, id);
    const declared = declaredId(files);
    if (declared !== null && declared !== id) throw new AuthoringError('bad-request', TEXT.idMismatch(id, declared));
    await this.db.updateTable('authored_tasks').set({ files_json: JSON.stringify(files), updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  }

  /** An imported zip: a new task of this user, or the working copy of one of theirs with that id. */
  async importFiles(user: User, id: string, files: TaskFiles): Promise<'created' | 'updated'> {
    const row = await this.db.selectFrom('authored_tasks').select(['owner_id']).where('id', '=', id).executeTakeFirst();
    if (!row) {
      await this.create(user, id, files);
      return 'created';
    }
    if (row.owner_id !== user.id && !isStaff(user)) throw new AuthoringError('conflict', TEXT.taken(id));
    await this.save(user, id, files);
    return 'updated';
  }

  async validate(user: User, id: string): Promise<ValidateResponse> {
    const row = await this.own(user, id);
    const { task, problems } = await this.problemsOf(id, JSON.parse(row.files_json) as TaskFiles);
    if (!task) return { ok: false, problems };
    return { ok: true, parts: task.parts, ...(task.scene ? { scene: task.scene } : {}), tests: task.tests, wiringSvg: task.wiringSvg, version: task.version };
  }

  /**
   * A picture of the working copy's statement: an .svg file of the package, or wiring.svg generated
   * from the bench's parts (loaded in the sandbox). Null when there is none.
   */
  async picture(user: User, id: string, path: string): Promise<string | null> {
    const row = await this.own(user, id);
    const files = JSON.parse(row.files_json) as TaskFiles;
    if (files[path] !== undefined) return files[path]!;
    if (path !== 'wiring.svg') return null;
    const { task } = await this.problemsOf(id, files);
    return task?.wiringSvg ?? null;
  }

  /** Makes the working copy a new immutable version and serves it in the catalog. */
  async publish(user: User, id: string): Promise<{ number: number; version: string; created: boolean }> {
    const row = await this.own(user, id);
    const files = JSON.parse(row.files_json) as TaskFiles;
    const { task, problems } = await this.problemsOf(id, files);
    if (!task) throw new AuthoringError('bad-request', TEXT.notLoadable, problems);
    const last = await this.db.selectFrom('authored_task_versions').select(['number', 'version']).where('task_id', '=', id).orderBy('number', 'desc').executeTakeFirst();
    let number = last?.number ?? 0;
    let created = false;
    if (!last || last.version !== task.version) {
      number += 1;
      created = true;
      const now = new Date().toISOString();
      await this.db.transaction().execute(async (trx) => {
        await trx.insertInto('authored_task_versions').values({ task_id: id, number, version: task.version, files_json: row.files_json, created_by: user.id, created_at: now }).execute();
        await trx.updateTable('authored_tasks').set({ published_number: number, updated_at: now }).where('id', '=', id).execute();
      });
    }
    this.catalog.tasks.set(id, task);
    await this.catalog.sync(this.db);
    return { number, version: task.version, created };
  }

  // ---- «Check task» --------------------------------------------------------------------------

  async startCheck(user: User, id: string): Promise<string> {
    const row = await this.own(user, id);
    this.expireJobs();
    void row;
    // One check per author at a time: a new one (the task was edited) stops the one still running.
    for (const other of JOBS.values()) {
      if (other.ownerId === user.id && !other.done) other.controller.abort(new Error('a newer check was started'));
    }
    // The job belongs to who started it (an admin checking a teacher's task watches their own job).
    const job: CheckJob = { id: randomBytes(12).toString('hex'), taskId: id, ownerId: user.id, events: [], done: false, createdAt: Date.now(), controller: new AbortController(), authoring: this };
    JOBS.set(job.id, job);
    void this.runCheck(job, JSON.parse(row.files_json) as TaskFiles);
    return job.id;
  }

  private emit(job: CheckJob, event: AuthoringEvent): void {
    job.events.push(event);
    this.io?.to(rooms.authoringJob(job.id)).emit('authoring:event', { jobId: job.id, event });
  }

  private async runCheck(job: CheckJob, files: TaskFiles): Promise<void> {
    try {
      this.emit(job, { type: 'loading' });
      const { task, problems } = await this.problemsOf(job.taskId, files);
      if (!task) {
        this.emit(job, { type: 'load-failed', problems });
        return;
      }
      this.emit(job, { type: 'loaded', tests: task.tests, solutions: task.solutions.map((s) => ({ file: s.file, ...(s.label ? { label: s.label } : {}), expect: s.expect })) });
      const report = await checkTask(task, {
        pool: this.pool(),
        signal: job.controller.signal,
        onEvent: (file, e) => {
          if (e.type === 'compiled') this.emit(job, { type: 'compiled', file, ok: e.ok, errors: e.diagnostics.filter((d) => d.severity === 'error') });
          else if (e.type === 'test-finished') {
            const r = e.result;
            this.emit(job, { type: 'test', file, result: { id: r.id, index: r.index, verdict: r.verdict, points: r.points, maxPoints: r.maxPoints, message: r.message } });
          }
        },
        onSolution: (s) => this.emit(job, { type: 'solution', file: s.file, ok: s.ok, got: { verdict: s.got.verdict, score: s.got.score, maxScore: s.got.maxScore }, ...(s.problem ? { problem: s.problem } : {}) }),
      });
      this.emit(job, { type: 'finished', ok: report.ok, problems: report.problems });
    } catch (error) {
      const message = job.controller.signal.aborted
        ? TEXT.superseded
        : error instanceof AuthoringError
          ? error.text
          : TEXT.crashed(error instanceof Error ? error.message.split('\n')[0]! : String(error));
      this.emit(job, { type: 'error', message });
    } finally {
      job.done = true;
    }
  }

  private expireJobs(): void {
    const old = Date.now() - 3_600_000;
    for (const [id, job] of JOBS) if (job.done && job.createdAt < old) JOBS.delete(id);
  }

  // ---- versions and rejudging ----------------------------------------------------------------

  /**
   * The finished submissions judged on an older version, judged again against the published one.
   * Dry run (apply = false) stores nothing and counts what would change; apply queues them again
   * on the new version (the normal judging path: stored results, live events).
   */
  async rejudge(user: User, id: string, apply: boolean): Promise<RejudgeResponse> {
    const row = await this.own(user, id);
    if (row.published_number === null) throw new AuthoringError('bad-request', TEXT.notPublished);
    const files = await this.versionFiles(id, row.published_number);
    const task = await this.load(id, files!);
    const versions = await this.db.selectFrom('authored_task_versions').select(['number', 'version']).where('task_id', '=', id).execute();
    const numberOf = new Map(versions.map((v) => [v.version, v.number]));
    const subs = await this.db
      .selectFrom('submissions')
      .innerJoin('users', 'users.id', 'submissions.user_id')
      .select(['submissions.id', 'submissions.user_id', 'submissions.source', 'submissions.verdict', 'submissions.score', 'submissions.task_version', 'users.name'])
      .where('submissions.task_id', '=', id)
      .where('submissions.task_version', '!=', task.version)
      .where('submissions.state', '=', 'finished')
      .orderBy('submissions.id')
      .limit(500)
      .execute();
    const items: RejudgeResponse['items'] = [];
    for (const s of subs) {
      let after = { verdict: 'judge-error' as RejudgeResponse['items'][number]['after']['verdict'], score: 0 };
      for await (const e of judgeSubmission(task, s.source, { pool: this.pool() })) {
        if (e.type === 'finished') after = { verdict: e.verdict, score: e.score };
      }
      const before = { verdict: (s.verdict as typeof after.verdict | null) ?? null, score: s.score };
      items.push({ id: String(s.id), userName: s.name, fromVersion: numberOf.get(s.task_version) ?? null, before, after, changed: before.verdict !== after.verdict || before.score !== after.score });
    }
    if (apply && subs.length) {
      const ids = subs.map((s) => Number(s.id));
      await this.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('test_results').where('submission_id', 'in', ids).execute();
        await trx.deleteFrom('traces').where('submission_id', 'in', ids).execute();
        await trx
          .updateTable('submissions')
          .set({ task_version: task.version, state: 'queued', verdict: null, score: null, max_score: task.points, message_json: null, compile_json: null, tests_json: null, claim_token: null, claimed_by: null, lease_until: null, attempts: 0, started_at: null, finished_at: null })
          .where('id', 'in', ids)
          .execute();
      });
      for (const s of subs) await this.enqueue?.({ id: Number(s.id), userId: s.user_id, priority: 1 });
    }
    return { version: row.published_number, total: items.length, changed: items.filter((i) => i.changed).length, items, applied: apply };
  }

  /** Set by the router: queues a submission for judging. */
  enqueue?: (s: { id: number; userId: number; priority: number }) => Promise<void>;
}

function titleOf(files: TaskFiles): Text | null {
  const doc = parseDocument(files['task.yaml'] ?? '');
  if (doc.errors.length) return null;
  const title = (doc.toJS() as { title?: { ru?: unknown; en?: unknown } } | null)?.title;
  return typeof title?.ru === 'string' && typeof title.en === 'string' ? { ru: title.ru, en: title.en } : null;
}
