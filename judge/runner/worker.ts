/**
 * The judge worker thread: runs one bench test per request with `runBenchTest` and answers with its
 * outcome. Anything the bench throws comes back as an error reply (the pool makes it `judge-error`);
 * the worker itself stays usable for the next test.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { runBenchTest } from '../bench/index.ts';
import { loadHex } from '../board/hex.ts';
import { Uno } from '../board/uno.ts';
import { WARM_UP_BOARDS, WARM_UP_MS, workerOutcome, type WorkerReply, type WorkerRequest, type WorkerStart } from './protocol.ts';

// Before the first test (requests wait in the port meanwhile): the warm-up programs, with nothing
// attached, on the default engine. A program that fails here only costs its warm-up.
for (const program of (workerData as WorkerStart | undefined)?.warmUp ?? []) {
  try {
    const flash = loadHex(program.hex);
    for (let i = 0; i < WARM_UP_BOARDS; i++) {
      const uno = new Uno(flash, program.stackLimit !== undefined ? { stackLimit: program.stackLimit } : {});
      uno.runUntil(uno.msToCycles(WARM_UP_MS));
    }
  } catch {
    // The next program, or the first test.
  }
}

const benches = new Map<string, Promise<unknown>>();

/** The bench module's default export; imported once per bench version and kept for later tests. */
function loadBench(path: string, version: string): Promise<unknown> {
  const key = `${path}?v=${version}`;
  let bench = benches.get(key);
  if (!bench) {
    const url = `${pathToFileURL(path).href}?v=${encodeURIComponent(version)}`;
    bench = import(url).then((mod: { default?: unknown }) => {
      if (mod.default === undefined) throw new Error(`${path} has no default export (the bench)`);
      return mod.default;
    });
    // A bench that failed to load may be fixed on disk with the same version key only if the
    // clock is odd; forget failures so the next test retries the import.
    bench.catch(() => benches.delete(key));
    benches.set(key, bench);
  }
  return bench;
}

parentPort!.on('message', async ({ id, job }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const bench = await loadBench(job.benchPath, job.benchVersion);
    parentPort!.postMessage({ id, kind: 'started' } satisfies WorkerReply);
    const started = performance.now();
    const outcome = await runBenchTest(
      bench as Parameters<typeof runBenchTest>[0],
      job.testId,
      { hex: job.hex, stackLimit: job.stackLimit },
      {
        engine: job.engine,
        seed: job.seed,
        cycleBudget: job.cycleBudget,
        wallDeadlineMs: job.wallBudgetMs,
        recordTrace: job.recordTrace,
      },
    );
    const wallMs = Math.round(performance.now() - started);
    reply = {
      id,
      kind: 'done',
      wallMs,
      outcome: workerOutcome(outcome),
    };
  } catch (error) {
    reply = { id, kind: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
