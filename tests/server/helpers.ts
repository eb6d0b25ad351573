/**
 * Helpers for the server's integration tests: temporary SQLite stores, a unique PostgreSQL schema
 * and Redis prefix per run, an HTTP client with a cookie jar, and a socket.io client.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { io as socketClient, type Socket } from 'socket.io-client';
import { loadConfig, type Config } from '../../web/server/config.ts';
import type { ClientToServerEvents, ServerToClientEvents, SubmissionEvent } from '../../web/shared/socket.ts';
import type { SubmissionView } from '../../web/shared/api.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_TASKS = join(import.meta.dirname, 'fixtures/tasks');
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const CORRECT = readFileSync(join(FIXTURE_TASKS, 'serial-hello/solutions/correct.ino'), 'utf8');
export const WRONG = readFileSync(join(FIXTURE_TASKS, 'serial-hello/solutions/wrong.ino'), 'utf8');

export function tempDir(prefix = 'tl-server-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A config as from the environment, with test defaults (random port, quiet logs, fixture tasks). */
export function testConfig(env: Record<string, string | undefined>): Config {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    TASKS_DIR: FIXTURE_TASKS,
    LOG_LEVEL: 'warn',
    ADMIN_PASSWORD: 'admin-test-password',
    CLIENT_DIR: join(tmpdir(), 'technolab-no-client'),
    // The judge threads' warm-up is CPU in the background; these tests time their judging.
    JUDGE_WARM_UP: '0',
    ...env,
  });
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = connect({ host, port });
    s.setTimeout(1000);
    s.once('connect', () => (s.destroy(), done(true)));
    s.once('error', () => done(false));
    s.once('timeout', () => (s.destroy(), done(false)));
  });
}

/**
 * Whether PostgreSQL and Redis are here. In CI they must be: a missing service fails the suite
 * there instead of skipping it quietly.
 */
export async function services(): Promise<{ pg: boolean; redis: boolean }> {
  const pgUrl = new URL(PG_URL);
  const redisUrl = new URL(REDIS_URL);
  const found = {
    pg: await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)),
    redis: await reachable(redisUrl.hostname, Number(redisUrl.port || 6379)),
  };
  if (process.env.CI && (!found.pg || !found.redis)) throw new Error(`CI needs PostgreSQL (${PG_URL}) and Redis (${REDIS_URL}); found ${JSON.stringify(found)}`);
  for (const [name, ok] of Object.entries(found)) {
    if (!ok) console.warn(`[tests/server] SKIPPED: ${name === 'pg' ? `PostgreSQL at ${PG_URL}` : `Redis at ${REDIS_URL}`} is not reachable`);
  }
  return found;
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** Deletes every Redis key under a prefix (BullMQ queue and socket.io channels of one run). */
export async function dropRedisPrefix(prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A tiny HTTP client that keeps the session cookie, like a browser would. */
export class Client {
  cookie = '';
  constructor(readonly base: string) {}

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; headers: Headers }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  async login(login: string, password: string): Promise<void> {
    const r = await this.request('POST', '/api/session', { login, password });
    if (r.status !== 200) throw new Error(`login ${login}: ${r.status} ${JSON.stringify(r.body)}`);
  }

  async submit(taskId: string, source: string): Promise<string> {
    const r = await this.request<{ id: string }>('POST', '/api/submissions', { taskId, source });
    if (r.status !== 201) throw new Error(`submit: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.id;
  }

  socket(base = this.base): LiveClient {
    return new LiveClient(base, this.cookie);
  }
}

/** A socket.io client that records every event per submission. */
export class LiveClient {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly events: SubmissionEvent[] = [];
  readonly states: SubmissionView[] = [];
  private waiters: (() => void)[] = [];

  constructor(base: string, cookie: string) {
    this.socket = socketClient(base, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
    this.socket.on('submission:event', (e) => {
      this.events.push(e);
      this.wake();
    });
    this.socket.on('submission:state', (s) => {
      this.states.push(s);
      this.wake();
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  connected(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.socket.connected) return resolve();
      this.socket.once('connect', () => resolve());
      this.socket.once('connect_error', (e) => reject(e));
    });
  }

  join(id: string) {
    return this.socket.emitWithAck('submission:join', { id });
  }

  eventsOf(id: string) {
    return this.events.filter((e) => e.submissionId === id).map((e) => e.event);
  }

  /** Resolves when `check` holds, re-checking after every event; fails after `ms`. */
  async until(check: () => boolean, ms = 60_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; events: ${JSON.stringify(this.events.map((e) => [e.submissionId, e.event.type]))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }

  finished(id: string) {
    return this.eventsOf(id).find((e) => e.type === 'finished');
  }

  close(): void {
    this.socket.close();
  }
}
