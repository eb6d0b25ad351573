/**
 * Starts one Technolab server process: store (migrated), catalog (synced), accounts (seeded), HTTP
 * + socket.io, and the judge queue — embedded (judging here) or BullMQ (judging in workers).
 * Returns a handle so tests can start and stop servers in-process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Logger } from 'pino';
import { seedAdmin, seedDemo, type SeededAccount } from './accounts/seed.ts';
import { attachAuthoring } from './authoring/service.ts';
import { Catalog } from './catalog/catalog.ts';
import { judgePool } from './judging/pool.ts';
import { seedContests } from './contests/seed.ts';
import type { Config } from './config.ts';
import { openStore, type Store } from './db/index.ts';
import { createApp } from './http/app.ts';
import { createLiveServer, type LiveServer } from './live/socket.ts';
import { BullQueue, redisConnection } from './queue/bullmq.ts';
import { BullJudge } from './queue/bullmq-worker.ts';
import { EmbeddedJudge } from './queue/embedded.ts';
import type { JudgeQueue } from './queue/types.ts';

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  catalog: Catalog;
  io: LiveServer;
  admin: SeededAccount;
  demo: { accounts: SeededAccount[]; classCode: string } | null;
  mode: 'embedded' | 'scaled';
  close(): Promise<void>;
}

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const store = await openStore({ databaseUrl: config.DATABASE_URL, schema: config.DATABASE_SCHEMA, sqlitePath: config.sqlitePath });
  // Closed in reverse order of opening: HTTP, judges, threads, queue, socket.io, Redis, store.
  const cleanups: (() => Promise<unknown>)[] = [() => store.close()];
  try {
    const { db } = store;
    const catalog = await new Catalog(config.TASKS_DIR, log).load();
    // Published tasks authored in the browser join the catalog (their benches run sandboxed).
    const authoring = await attachAuthoring(catalog, db, config.DATA_DIR, log);
    cleanups.push(() => authoring.close());
    await catalog.sync(db);
    const admin = await seedAdmin(db, config.ADMIN_LOGIN, config.ADMIN_PASSWORD);
    const demo = config.demo ? await seedDemo(db) : null;
    // Demo cup rounds from tasks/contests/*.yaml (a bad file is logged and skipped).
    if (config.demo) await seedContests(db, catalog, log);

    const http = createServer();
    const io = createLiveServer(http, db, log);
    let queue: JudgeQueue;
    if (config.REDIS_URL) {
      const pub = redisConnection(config.REDIS_URL);
      const sub = pub.duplicate();
      cleanups.push(async () => {
        pub.disconnect();
        sub.disconnect();
      });
      io.adapter(createAdapter(pub, sub, { key: `${config.REDIS_PREFIX}-socket.io` }));
      cleanups.push(() => io.close());
      const bull = new BullQueue(pub, config.REDIS_PREFIX, db);
      queue = bull;
      cleanups.push(() => bull.close());
      if (config.judgeInProcess) {
        const pool = judgePool(config, log);
        cleanups.push(() => pool.close());
        const judge = new BullJudge({ db, catalog, pool, io, log, leaseMs: config.JUDGE_LEASE_MS }, { connection: pub, prefix: config.REDIS_PREFIX, concurrency: config.JUDGE_CONCURRENCY });
        cleanups.push(() => judge.close());
        await judge.start();
      }
    } else {
      cleanups.push(() => io.close());
      const pool = judgePool(config, log, config.judgeInProcess);
      cleanups.push(() => pool.close());
      const judge = new EmbeddedJudge({ db, catalog, pool, io, log, leaseMs: config.JUDGE_LEASE_MS }, config.JUDGE_CONCURRENCY);
      queue = judge;
      cleanups.push(() => judge.close());
      if (config.judgeInProcess) await judge.start();
    }

    http.on('request', createApp({ config, db, catalog, queue, io, log }));
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.PORT, config.HOST, () => resolve());
    });
    cleanups.push(
      () =>
        new Promise((resolve) => {
          io.local.disconnectSockets(true);
          http.close(() => resolve(undefined));
          http.closeAllConnections();
        }),
    );
    const port = (http.address() as AddressInfo).port;
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
    return {
      url: `http://${host}:${port}`,
      port,
      store,
      catalog,
      io,
      admin,
      demo,
      mode: config.REDIS_URL ? 'scaled' : 'embedded',
      close: () => runAll(cleanups),
    };
  } catch (error) {
    await runAll(cleanups);
    throw error;
  }
}

async function runAll(steps: (() => Promise<unknown>)[]): Promise<void> {
  for (const step of steps.splice(0).reverse()) await step().catch(() => {});
}
