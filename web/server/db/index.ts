/**
 * Opens the store: SQLite (better-sqlite3, WAL) by default, PostgreSQL when a URL is given. Both
 * get the same migrations and the same queries.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrate.ts';
import type { DialectName } from './migrations/types.ts';
import type { Database } from './schema.ts';

export type { Database } from './schema.ts';
export type { DialectName } from './migrations/types.ts';

export interface StoreOptions {
  /** postgres://… ; when absent, SQLite at `sqlitePath`. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); lets tests and tenants share one database. */
  schema?: string;
  sqlitePath: string;
}

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  if (options.databaseUrl) {
    const schema = options.schema;
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`);
    if (schema) {
      const setup = new pg.Client({ connectionString: options.databaseUrl });
      await setup.connect();
      await setup.query(`create schema if not exists ${schema}`).finally(() => setup.end());
    }
    // The schema is set per connection at connect time, before any query can run on it.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    await migrate(db, 'postgres');
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  mkdirSync(dirname(options.sqlitePath), { recursive: true });
  const sqlite = new SqliteDatabase(options.sqlitePath);
  // WAL: readers do not block the judge's writes; busy_timeout: a second process waits, not fails.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  await migrate(db, 'sqlite');
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** A number from a count/aggregate (PostgreSQL returns bigint as a string). */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}
