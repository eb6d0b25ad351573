/**
 * Configuration from the environment, validated once at start. A wrong value stops the server with
 * a message in Russian and English that names the variable and what it should look like.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '../..');

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default(resolve(ROOT, 'data')),
  TASKS_DIR: z.string().min(1).default(resolve(ROOT, 'tasks')),
  CLIENT_DIR: z.string().min(1).default(resolve(ROOT, 'web/client/dist')),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'postgres://user:password@host:5432/db').optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'lowercase letters, digits, _').optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'redis://host:6379').optional(),
  /** Prefix of every Redis key and the BullMQ queue name, so installations can share a Redis. */
  REDIS_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]+$/).default('technolab'),
  ADMIN_LOGIN: z.string().min(1).max(64).default('admin'),
  ADMIN_PASSWORD: z.string().min(8, '≥ 8 characters').optional(),
  /** Seed demo users and print them (default: on in the embedded mode, off with DATABASE_URL). */
  DEMO: bool.optional(),
  /** Judge submissions in this process (default: yes without REDIS_URL; with it, `npm run worker` does). */
  JUDGE_IN_PROCESS: bool.optional(),
  /** Submissions judged at once by one process; each runs its tests on the shared thread pool. */
  JUDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  JUDGE_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  /** Judge threads run a few task solutions when they start, so a server's first tests are not its slowest. */
  JUDGE_WARM_UP: bool.default(true),
  /** How long a judging claim lasts without a heartbeat before another worker takes it over. */
  JUDGE_LEASE_MS: z.coerce.number().int().min(1000).default(15_000),
  LOGIN_PER_MIN: z.coerce.number().int().min(1).default(10),
  COMPILE_PER_MIN: z.coerce.number().int().min(1).default(20),
  SUBMIT_PER_MIN: z.coerce.number().int().min(1).default(10),
  /** Marks session cookies Secure (set when served over HTTPS). */
  COOKIE_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config extends Env {
  sqlitePath: string;
  demo: boolean;
  judgeInProcess: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      'Ошибка в настройках (переменные окружения) / Configuration error (environment variables):\n' +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set" (a common way to unset in compose files).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = i.path.join('.');
        return `${name}=${JSON.stringify(cleaned[name] ?? '')}: неверное значение / invalid value (${i.message})`;
      }),
    );
  }
  const e = parsed.data;
  return {
    ...e,
    sqlitePath: resolve(e.DATA_DIR, 'technolab.db'),
    demo: e.DEMO ?? !e.DATABASE_URL,
    judgeInProcess: e.JUDGE_IN_PROCESS ?? !e.REDIS_URL,
  };
}
