/**
 * `npm run worker`: a judge worker process for the scaled mode. Needs DATABASE_URL (the shared
 * store) and REDIS_URL (the queue, and the socket.io adapter its live events travel through).
 * Start any number, on any machine that reaches both; kill one and its work is taken over.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import { attachAuthoring } from './authoring/service.ts';
import { Catalog } from './catalog/catalog.ts';
import { judgePool } from './judging/pool.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { openStore } from './db/index.ts';
import { createLogger } from './logger.ts';
import { redisConnection } from './queue/bullmq.ts';
import { BullJudge } from './queue/bullmq-worker.ts';

export async function startWorker(config: Config) {
  if (!config.REDIS_URL || !config.DATABASE_URL) {
    throw new ConfigError([
      'REDIS_URL и DATABASE_URL обязательны для отдельного проверяющего процесса (во встроенном режиме проверка идёт внутри сервера) / ' +
        'REDIS_URL and DATABASE_URL are required for a separate judge worker (in the embedded mode the server judges by itself)',
    ]);
  }
  const log = createLogger(config.LOG_LEVEL, 'technolab-worker');
  const store = await openStore({ databaseUrl: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, sqlitePath: config.sqlitePath });
  const catalog = await new Catalog(config.TASKS_DIR, log).load();
  // Authored tasks (published in the browser) are judged here too, their benches in the sandbox.
  const authoring = await attachAuthoring(catalog, store.db, config.DATA_DIR, log);
  const pub = redisConnection(config.REDIS_URL);
  const sub = pub.duplicate();
  // A socket.io server that listens nowhere: emitting through its Redis adapter reaches the
  // clients of every web server.
  const io = new Server();
  io.adapter(createAdapter(pub, sub, { key: `${config.REDIS_PREFIX}-socket.io` }));
  const pool = judgePool(config, log);
  const judge = new BullJudge(
    { db: store.db, catalog, pool, io, log, leaseMs: config.JUDGE_LEASE_MS },
    { connection: pub, prefix: config.REDIS_PREFIX, concurrency: config.JUDGE_CONCURRENCY },
  );
  await judge.start();
  console.log(`Проверяющий процесс готов / judge worker ready: ${judge.name}, задач / tasks: ${catalog.tasks.size}`);
  return {
    name: judge.name,
    async close() {
      await judge.close();
      await pool.close();
      await authoring.close();
      await io.close();
      pub.disconnect();
      sub.disconnect();
      await store.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startWorker(loadConfig()).then(
    (worker) => {
      const stop = () => worker.close().then(() => process.exit(0), () => process.exit(1));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(error instanceof ConfigError ? 2 : 1);
    },
  );
}
