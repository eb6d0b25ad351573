/**
 * The bench sandbox against hostile benches, with the real bubblewrap and node: every escape a bench
 * from the browser might try fails with a clear message, and the host is unaffected.
 */
import { createServer, type Server } from 'node:net';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTask } from '../task/check.ts';
import { bundleBench, writeBundle } from './bundle.ts';
import { loadAuthoredTask } from './load.ts';
import { SandboxPool } from './pool.ts';
import { runSandboxed, type SandboxResult } from './run.ts';

const repo = resolve(import.meta.dirname, '../..');
let work: string;
let server: Server;
let port = 0;
let connections = 0;
const SECRET = 'tl-secret-9f3a1c';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sandbox-spec-'));
  process.env.TECHNOLAB_SPEC_SECRET = SECRET;
  server = createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  server.close();
  delete process.env.TECHNOLAB_SPEC_SECRET;
  await rm(work, { recursive: true, force: true });
});

/** Runs raw module code (not checked by the bundler: the runtime layer must stop it on its own). */
async function runRaw(code: string, timeoutMs = 15_000, heapMb?: number): Promise<SandboxResult> {
  const dir = await writeBundle(code, `raw-${Math.random().toString(36).slice(2)}`, work);
  return runSandboxed(dir, { op: 'describe' }, { timeoutMs, ...(heapMb ? { heapMb } : {}) });
}

function errorOf(r: SandboxResult): string {
  if (r.kind === 'reply' && r.reply.kind === 'error') return r.reply.error;
  throw new Error(`expected an error reply, got ${JSON.stringify(r).slice(0, 300)}`);
}

/**
 * The failed tests of blink's first solution against `bench` (a copy of tasks/blink with that bench
 * and a 2-s wall budget), judged through a SandboxPool of `size`.
 */
async function judgeWithBench(id: string, bench: string, size: number) {
  const dir = join(work, 'tasks', id);
  await cp(join(repo, 'tasks/blink'), dir, { recursive: true });
  await writeFile(join(dir, 'bench.ts'), bench);
  const yaml = (await readFile(join(dir, 'task.yaml'), 'utf8')).replace('id: blink', `id: ${id}`).replace('wallMs: 20000', 'wallMs: 2000');
  await writeFile(join(dir, 'task.yaml'), yaml);
  const task = await loadAuthoredTask(dir);
  const pool = new SandboxPool({ size, startupMs: 5_000 });
  try {
    const report = await checkTask({ ...task, solutions: [task.solutions[0]!] }, { pool });
    return report.solutions[0]!.failedTests;
  } finally {
    await pool.close();
  }
}

const BENCH_TAIL = `export default { parts: [], tests: [{ id: 't', title: { ru: 't', en: 't' }, points: 1, run() {} }] };`;

describe('bundler: a bench may import only the bench API', () => {
  it.each([
    [`import fs from 'node:fs'; fs.readFileSync('/etc/passwd');\n${BENCH_TAIL}`, 'node:fs'],
    [`import { execSync } from 'child_process'; execSync('id');\n${BENCH_TAIL}`, 'child_process'],
    [`import x from './secrets.ts'; console.log(x);\n${BENCH_TAIL}`, './secrets.ts'],
    [`import * as c from '../../web/server/config.ts'; console.log(c);\n${BENCH_TAIL}`, '../../web/server/config.ts'],
  ])('rejects %#', async (source, spec) => {
    const r = await bundleBench(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.en).toContain(`importing "${spec}" is not allowed`);
    expect(r.errors[0]!.ru).toContain(`импорт «${spec}» запрещён`);
    expect(r.errors[0]!.en).toMatch(/^bench\.ts:1:\d+: /);
  });

  it('rejects dynamic import() and require()', async () => {
    for (const body of [`const name = ['node', 'fs'].join(':'); const fs = await import(name); console.log(fs);`, `const name = 'child_process'; const cp = require(name); console.log(cp);`]) {
      const r = await bundleBench(`${body}\n${BENCH_TAIL}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.en).toMatch(/(import|require)\(…\) is not allowed/);
    }
  });

  it('reports TypeScript syntax errors with the line', async () => {
    const r = await bundleBench(`const x: number = ;\n${BENCH_TAIL}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.en).toMatch(/^bench\.ts:1:/);
  });

  it('accepts a bench written like the ones in tasks/ and describes it in the sandbox', async () => {
    const source = await readFile(join(repo, 'tasks/blink/bench.ts'), 'utf8');
    const r = await bundleBench(source);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dir = await writeBundle(r.code, r.hash, work);
    const out = await runSandboxed(dir, { op: 'describe' }, { timeoutMs: 20_000 });
    expect(out.kind).toBe('reply');
    if (out.kind === 'reply' && out.reply.kind === 'described') {
      const bench = JSON.parse(out.reply.bench) as { tests: { id: string }[] };
      expect(bench.tests.map((t) => t.id)).toEqual(['output', 'toggles', 'period', 'duty', 'steady']);
    } else throw new Error(JSON.stringify(out));
  });
});

describe('runtime: even code that got past the bundler reaches nothing', () => {
  it('cannot read /etc/passwd', async () => {
    const msg = errorOf(await runRaw(`const fs = await import('node:fs'); fs.readFileSync('/etc/passwd', 'utf8'); ${BENCH_TAIL}`));
    expect(msg).toMatch(/ERR_ACCESS_DENIED|ENOENT/);
  });

  it("cannot read a file of the server (the repository's package.json, by absolute path)", async () => {
    const msg = errorOf(await runRaw(`const fs = await import('node:fs'); fs.readFileSync(${JSON.stringify(join(repo, 'package.json'))}, 'utf8'); ${BENCH_TAIL}`));
    expect(msg).toContain('ERR_ACCESS_DENIED');
  });

  it('cannot write a file, not even into its own folder', async () => {
    const target = join(work, 'pwned.txt');
    const msg = errorOf(await runRaw(`const fs = await import('node:fs'); fs.writeFileSync(${JSON.stringify(target)}, 'x'); ${BENCH_TAIL}`));
    expect(msg).toContain('ERR_ACCESS_DENIED');
    const own = errorOf(await runRaw(`const fs = await import('node:fs'); fs.writeFileSync('/task/x.txt', 'x'); ${BENCH_TAIL}`));
    expect(own).toContain('ERR_ACCESS_DENIED');
    expect(existsSync(target)).toBe(false);
  });

  it('cannot open a network socket or fetch', async () => {
    const f = errorOf(await runRaw(`await fetch('http://127.0.0.1:${port}/'); ${BENCH_TAIL}`));
    expect(f).toMatch(/fetch failed|ECONNREFUSED|ENETUNREACH/);
    const n = errorOf(await runRaw(`const net = await import('node:net'); await new Promise((ok, fail) => { const s = net.connect(${port}, '127.0.0.1', ok); s.on('error', fail); }); ${BENCH_TAIL}`));
    expect(n).toMatch(/ECONNREFUSED|ENETUNREACH/);
    const outside = errorOf(await runRaw(`await fetch('http://1.1.1.1/'); ${BENCH_TAIL}`));
    expect(outside).toMatch(/fetch failed/);
    expect(connections).toBe(0);
  });

  it('cannot spawn a process', async () => {
    const msg = errorOf(await runRaw(`const cp = await import('node:child_process'); cp.execSync('id'); ${BENCH_TAIL}`));
    expect(msg).toContain('ERR_ACCESS_DENIED');
    const w = errorOf(await runRaw(`const wt = await import('node:worker_threads'); new wt.Worker('/judge/child.mjs'); ${BENCH_TAIL}`));
    expect(w).toContain('ERR_ACCESS_DENIED');
  });

  it("sees none of the server's environment", async () => {
    expect(process.env.TECHNOLAB_SPEC_SECRET).toBe(SECRET);
    const msg = errorOf(await runRaw(`throw new Error('env=' + JSON.stringify(process.env));`));
    expect(msg).not.toContain(SECRET);
    expect(msg).not.toContain('TECHNOLAB_SPEC_SECRET');
    const environ = errorOf(await runRaw(`const fs = await import('node:fs'); fs.readFileSync('/proc/self/environ', 'utf8'); ${BENCH_TAIL}`));
    expect(environ).toMatch(/ERR_ACCESS_DENIED|ENOENT/);
  });

  it('runs as nobody, sees no other process and no host files at all', async () => {
    expect(errorOf(await runRaw(`throw new Error('uid=' + process.getuid() + ' pid=' + process.pid);`))).toMatch(/uid=65534 pid=\d$/);
    // Even a read the permission model let through would find only /usr and /lib in the sandbox's root.
    const msg = errorOf(await runRaw(`const fs = await import('node:fs'); fs.readdirSync('/');`));
    expect(msg).toContain('ERR_ACCESS_DENIED');
  });

  it('is killed at its time limit when it loops forever', async () => {
    const started = Date.now();
    const r = await runRaw(`for (;;) {} ${BENCH_TAIL}`, 3_000);
    expect(r.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('dies at its memory limit when it allocates without end', async () => {
    const heap = await runRaw(`const a = []; for (;;) a.push({ x: Math.random(), y: [1, 2, 3] }); ${BENCH_TAIL}`, 30_000, 64);
    expect(heap.kind).toBe('died');
    if (heap.kind === 'died') {
      expect(heap.reason).toBe('memory');
      expect(heap.message).toContain('ran out of memory');
    }
    const buffers = errorOf(await runRaw(`const a = []; for (;;) { const b = new Uint8Array(64 << 20); b.fill(1); a.push(b); } ${BENCH_TAIL}`, 30_000));
    expect(buffers).toMatch(/allocation failed/);
  });

  it('leaves the host unaffected', async () => {
    expect(process.env.TECHNOLAB_SPEC_SECRET).toBe(SECRET);
    expect(JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).name).toBe('technolab');
    const ok = await runRaw(BENCH_TAIL);
    expect(ok.kind === 'reply' && ok.reply.kind).toBe('described');
  });
});

describe('authored task end to end: load + check in the sandbox', () => {
  it('loads a task package with its bench described in the sandbox and checks it with judge check code', async () => {
    const dir = join(work, 'tasks', 'blink');
    await cp(join(repo, 'tasks/blink'), dir, { recursive: true });
    // Two solutions are enough here (accepted + one wrong).
    const yaml = (await readFile(join(dir, 'task.yaml'), 'utf8')).replace(/solutions:[\s\S]*$/, `solutions:
  - file: solutions/accepted.ino
    expect: { verdict: accepted, score: 100 }
    label: on 500 ms, off 500 ms
  - file: solutions/wrong-pin.ino
    expect: { verdict: wrong, score: 0 }
    label: pin 12
`);
    await writeFile(join(dir, 'task.yaml'), yaml);
    for (const f of ['no-pinmode', 'two-seconds', 'blinks-in-setup']) await rm(join(dir, `solutions/${f}.ino`));
    const task = await loadAuthoredTask(dir);
    expect(task.tests).toHaveLength(5);
    // Test bodies never come to the host.
    expect(() => (task.bench.tests[0]!.run as () => void)()).toThrow(/only in the sandbox/);
    const pool = new SandboxPool({ size: 2 });
    const seen: string[] = [];
    try {
      const report = await checkTask(task, { pool, onEvent: (file, e) => e.type === 'test-finished' && seen.push(`${file}:${e.result.id}`) });
      expect(report.solutions.map((s) => [s.file, s.got.verdict, s.got.score])).toEqual([
        ['solutions/accepted.ino', 'accepted', 100],
        ['solutions/wrong-pin.ino', 'wrong', 0],
      ]);
      expect(report.ok).toBe(true);
      expect(seen).toHaveLength(10);
    } finally {
      await pool.close();
    }
  });

  it('a robot task (scene from the robot world) loads and judges in the sandbox as it does in-process', async () => {
    const dir = join(work, 'tasks', 'robot-square');
    await cp(join(repo, 'tasks/robot-square'), dir, { recursive: true });
    const { loadTask } = await import('../task/load.ts');
    const trusted = await loadTask(join(repo, 'tasks/robot-square'));
    const task = await loadAuthoredTask(dir);
    expect(task.tests).toEqual(trusted.tests);
    expect(task.scene).toEqual(JSON.parse(JSON.stringify(trusted.scene)));
    const pool = new SandboxPool({ size: 2 });
    try {
      const accepted = task.solutions.find((s) => s.expect.verdict === 'accepted')!;
      const report = await checkTask({ ...task, solutions: [accepted] }, { pool });
      expect(report.solutions[0]!.got.verdict, JSON.stringify(report.solutions[0])).toBe('accepted');
    } finally {
      await pool.close();
    }
  });

  it("runs a submission's tests in one warm process, and a test that times out takes its process with it", async () => {
    // Module state tells the tests apart: it lives as long as the sandboxed process does.
    const failed = await judgeWithBench('reuse', `import { defineBench } from '../../judge/bench/index.ts';
let runs = 0;
const test = (id: string, body: (t: any) => Promise<void>) => ({ id, title: { ru: id, en: id }, points: 25, run: body });
export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
  tests: [
    test('first', async (t) => { runs++; await t.runMs(10); }),
    test('second', async (t) => { runs++; await t.runMs(10); if (runs !== 2) t.fail({ ru: 'новый процесс', en: 'a new process: runs = ' + runs }); }),
    test('loop', async (t) => { runs++; await t.runMs(10); for (;;) {} }),
    test('after', async (t) => { runs++; await t.runMs(10); if (runs !== 1) t.fail({ ru: 'тот же процесс', en: 'the same process: runs = ' + runs }); }),
  ],
});
`, 1);
    expect(failed.map((t) => [t.id, t.verdict]), JSON.stringify(failed)).toEqual([['loop', 'time-limit']]);
  });

  it('a test body that escapes or loops fails cleanly as judge-error / time-limit', async () => {
    const failed = await judgeWithBench('hostile', `import { defineBench } from '../../judge/bench/index.ts';
export default defineBench({
  parts: [{ kind: 'led', id: 'led', pins: { anode: 'D13' } }],
  tests: [
    { id: 'env', title: { ru: 'e', en: 'e' }, points: 50, async run(t) { await t.runMs(10); if (Object.keys(process.env).length > 1) t.fail({ ru: 'env', en: 'env leaked' }); throw new Error('env is ' + Object.keys(process.env).join(',')); } },
    { id: 'loop', title: { ru: 'l', en: 'l' }, points: 50, async run(t) { await t.runMs(10); for (;;) {} } },
  ],
});
`, 2);
    const env = failed.find((t) => t.id === 'env')!;
    expect(env.verdict).toBe('judge-error');
    expect(env.message.en).not.toContain(SECRET);
    const loop = failed.find((t) => t.id === 'loop')!;
    expect(loop.verdict).toBe('time-limit');
  });
});
