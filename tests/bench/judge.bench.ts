/**
 * `npm run bench:judge [-- --n 20 --task blink --users 4 --same]`: a burst of N submissions of a
 * starter task through the HTTP API of a real embedded server (SQLite in a temp dir, judging
 * in-process), verdicts received over socket.io. Reports throughput and the time from submit to
 * final verdict (p50/p95/max), as a table.
 *
 * Sources differ by a comment (like a class of students typing the same solution), so every
 * submission really compiles; `--same` submits identical text to measure the compile cache path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadTask } from '../../judge/task/index.ts';
import { createUser } from '../../web/server/accounts/users.ts';
import { loadConfig } from '../../web/server/config.ts';
import { createLogger } from '../../web/server/logger.ts';
import { startServer } from '../../web/server/server.ts';
import { Client, ROOT, tempDir } from '../server/helpers.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '20' },
    task: { type: 'string', default: 'blink' },
    users: { type: 'string', default: '4' },
    concurrency: { type: 'string' },
    same: { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
const USERS = Math.max(1, Math.min(Number(values.users), N));

const task = await loadTask(join(ROOT, 'tasks', values.task!));
const solution = task.solutions.find((s) => s.expect.verdict === 'accepted');
if (!solution) throw new Error(`task ${task.id} has no accepted solution`);
const source = readFileSync(join(task.dir, solution.file), 'utf8');

const data = tempDir('tl-bench-');
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  DATA_DIR: data.dir,
  DEMO: '0',
  LOG_LEVEL: 'warn',
  ADMIN_PASSWORD: 'bench-admin-password',
  SUBMIT_PER_MIN: String(N * 2),
  ...(values.concurrency ? { JUDGE_CONCURRENCY: values.concurrency } : {}),
});
const server = await startServer(config, createLogger('warn', 'bench'));

try {
  const clients: Client[] = [];
  for (let u = 0; u < USERS; u++) {
    await createUser(server.store.db, { login: `bench${u}`, name: `Bench ${u}`, role: 'student', password: 'bench-password' });
    const c = new Client(server.url);
    await c.login(`bench${u}`, 'bench-password');
    clients.push(c);
  }
  const lives = clients.map((c) => c.socket());
  await Promise.all(lives.map((l) => l.connected()));

  // Warm-up: one submission, so thread start-up and the core library build are not in the numbers.
  const warm = await clients[0].submit(task.id, `// warm-up\n${source}`);
  await lives[0].join(warm);
  await lives[0].until(() => !!lives[0].finished(warm), 300_000, 'warm-up verdict');

  const submittedAt = new Map<string, number>();
  const owner = new Map<string, number>();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const u = i % USERS;
      const text = values.same ? source : `// bench ${i} ${Date.now()}\n${source}`;
      const sent = performance.now();
      const id = await clients[u].submit(task.id, text);
      submittedAt.set(id, sent);
      owner.set(id, u);
      await lives[u].join(id);
    }),
  );
  const finishedAt = new Map<string, number>();
  await Promise.all(
    [...owner].map(async ([id, u]) => {
      await lives[u].until(() => !!lives[u].finished(id), 600_000, `verdict of ${id}`);
      finishedAt.set(id, performance.now());
    }),
  );
  const t1 = Math.max(...finishedAt.values());
  const latencies = [...finishedAt].map(([id, t]) => t - submittedAt.get(id)!).sort((a, b) => a - b);
  const verdicts = new Map<string, number>();
  for (const [id, u] of owner) {
    const v = lives[u].finished(id);
    const key = v?.type === 'finished' ? v.verdict : 'none';
    verdicts.set(key, (verdicts.get(key) ?? 0) + 1);
  }
  // Where the time goes: the judge's own numbers, averaged over the burst.
  let compileMs = 0;
  let testWallMs = 0;
  for (const [id, u] of owner) {
    for (const e of lives[u].eventsOf(id)) {
      if (e.type === 'compiled') compileMs += e.durationMs;
      if (e.type === 'test-finished') testWallMs += e.result.wallMs;
    }
  }
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)];
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const rows: [string, string][] = [
    ['task', `${task.id} (${task.tests.length} tests)`],
    ['submissions', `${N} from ${USERS} users${values.same ? ' (identical source)' : ' (distinct sources)'}`],
    ['judge', `embedded, ${config.JUDGE_CONCURRENCY} at once, ${config.JUDGE_THREADS ?? 'one per core'} threads`],
    ['verdicts', [...verdicts].map(([k, v]) => `${k} ${v}`).join(', ')],
    ['burst duration', s(t1 - t0)],
    ['throughput', `${(N / ((t1 - t0) / 1000)).toFixed(2)} submissions/s`],
    ['submit → verdict p50', s(pct(50))],
    ['submit → verdict p95', s(pct(95))],
    ['submit → verdict max', s(latencies.at(-1)!)],
    ['compile, mean', s(compileMs / N)],
    ['tests wall time per submission, mean', `${s(testWallMs / N)} (sum over ${task.tests.length} tests)`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n| ${'metric'.padEnd(w)} | ${'value'.padEnd(v)} |\n|${'-'.repeat(w + 2)}|${'-'.repeat(v + 2)}|`);
  for (const [k, val] of rows) console.log(`| ${k.padEnd(w)} | ${val.padEnd(v)} |`);
  console.log();
  // A verdict other than accepted means the numbers are not comparable: say why.
  for (const [id, u] of owner) {
    const bad = lives[u].eventsOf(id).find((e) => e.type === 'test-finished' && e.result.verdict !== 'accepted');
    if (bad?.type === 'test-finished') {
      console.log(`note: submission ${id}, test ${bad.result.id}: ${bad.result.verdict} — ${bad.result.message.en}`);
      break;
    }
  }
  for (const l of lives) l.close();
} finally {
  await server.close();
  data.remove();
}
// Worker threads or sockets that linger must not keep a finished benchmark alive.
process.exit(0);
