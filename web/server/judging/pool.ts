/**
 * The judge thread pool of a server or judge-worker process: JUDGE_THREADS threads, warmed up in
 * the background when they will judge here and JUDGE_WARM_UP is on (judge/runner/warm-up.ts).
 */
import type { Logger } from 'pino';
import { WorkerPool, warmUpInBackground } from '../../../judge/runner/index.ts';
import type { Config } from '../config.ts';

export function judgePool(config: Config, log: Logger, judgesHere = true): WorkerPool {
  const pool = new WorkerPool({ size: config.JUDGE_THREADS });
  if (judgesHere && config.JUDGE_WARM_UP) warmUpInBackground(pool, (e) => log.warn({ err: e }, 'judge warm-up failed'));
  return pool;
}
