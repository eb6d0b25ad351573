/**
 * Runs INSIDE the sandbox (bundled into the sandbox runtime, executed by plain `node` under
 * bubblewrap + the permission model). Reads requests from stdin, one JSON line each, imports the
 * authored bench from /task/bench.mjs once and answers each request on stdout after its nonce, so
 * whatever the bench itself prints cannot be mistaken for an answer. The host may send further
 * tests of the same bench to the same process (judge/sandbox/run.ts, SandboxProcess), as the judge
 * threads run built-in tasks; it exits when stdin ends.
 */
import { runBenchTest } from '../bench/index.ts';
import { workerOutcome } from '../runner/protocol.ts';
import type { SandboxReply, SandboxRequest } from './protocol.ts';

const FUNCTION_MARK = '\u0000function';
/** A variable, not a literal: the runtime's bundler must leave this import to run time. */
const BENCH_MODULE: string = '/task/bench.mjs';

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${(error as { code?: string }).code ? ` (${(error as { code?: string }).code})` : ''}`;
  return String(error);
}

const write = process.stdout.write.bind(process.stdout);
const stringify = JSON.stringify;
const exit = process.exit.bind(process);
let bench: Promise<unknown> | undefined;

async function answer(request: SandboxRequest): Promise<SandboxReply> {
  try {
    bench ??= (import(BENCH_MODULE) as Promise<{ default?: unknown }>).then((mod) => mod.default);
    const definition = await bench;
    if (definition === undefined) return { kind: 'error', error: 'bench.ts has no default export (export default defineBench({ … }))' };
    if (request.op === 'describe') {
      // Data only: functions (test bodies) become a mark the host turns back into stubs.
      return { kind: 'described', bench: stringify(definition, (_k, v: unknown) => (typeof v === 'function' ? FUNCTION_MARK : v)) };
    }
    const started = performance.now();
    const outcome = await runBenchTest(definition as Parameters<typeof runBenchTest>[0], request.job.testId, { hex: request.job.hex, stackLimit: request.job.stackLimit }, {
      engine: request.job.engine,
      seed: request.job.seed,
      cycleBudget: request.job.cycleBudget,
      wallDeadlineMs: request.job.wallBudgetMs,
      recordTrace: request.job.recordTrace,
    });
    return { kind: 'done', wallMs: Math.round(performance.now() - started), outcome: workerOutcome(outcome) };
  } catch (error) {
    return { kind: 'error', error: describeError(error) };
  }
}

// One request at a time: the host sends the next only after this one's answer.
let pending = '';
let queue = Promise.resolve();
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => {
  pending += chunk;
  for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
    const line = pending.slice(0, nl);
    pending = pending.slice(nl + 1);
    if (!line.trim()) continue;
    const request = JSON.parse(line) as SandboxRequest;
    queue = queue.then(async () => {
      const reply = await answer(request);
      await new Promise<void>((done) => write(`\n${request.nonce}${stringify(reply)}\n`, () => done()));
    });
  }
});
process.stdin.on('end', () => void queue.then(() => exit(0)));
