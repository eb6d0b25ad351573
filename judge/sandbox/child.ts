/**
 * Runs INSIDE the sandbox (bundled into the sandbox runtime, executed by plain `node` under
 * bubblewrap + the permission model). Reads one request from stdin, imports the authored bench
 * from /task/bench.mjs and answers on stdout after a per-request nonce, so whatever the bench
 * itself prints cannot be mistaken for the answer.
 */
import { runBenchTest } from '../bench/index.ts';
import { workerOutcome } from '../runner/protocol.ts';
import type { SandboxReply, SandboxRequest } from './protocol.ts';

const FUNCTION_MARK = '\u0000function';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}${(error as { code?: string }).code ? ` (${(error as { code?: string }).code})` : ''}`;
  return String(error);
}

const request = JSON.parse(await readStdin()) as SandboxRequest;
const { nonce } = request;
const write = process.stdout.write.bind(process.stdout);
const stringify = JSON.stringify;
const exit = process.exit.bind(process);
let reply: SandboxReply;
try {
  const mod = (await import('/task/bench.mjs' as string)) as { default?: unknown };
  const bench = mod.default;
  if (bench === undefined) reply = { kind: 'error', error: 'bench.ts has no default export (export default defineBench({ … }))' };
  else if (request.op === 'describe') {
    // Data only: functions (test bodies) become a mark the host turns back into stubs.
    reply = { kind: 'described', bench: stringify(bench, (_k, v: unknown) => (typeof v === 'function' ? FUNCTION_MARK : v)) };
  } else {
    const started = performance.now();
    const outcome = await runBenchTest(bench as Parameters<typeof runBenchTest>[0], request.job.testId, { hex: request.job.hex, stackLimit: request.job.stackLimit }, {
      engine: request.job.engine,
      seed: request.job.seed,
      cycleBudget: request.job.cycleBudget,
      wallDeadlineMs: request.job.wallBudgetMs,
      recordTrace: request.job.recordTrace,
    });
    reply = {
      kind: 'done',
      wallMs: Math.round(performance.now() - started),
      outcome: workerOutcome(outcome),
    };
  }
} catch (error) {
  reply = { kind: 'error', error: describeError(error) };
}
write(`\n${nonce}${stringify(reply)}\n`, () => exit(0));
