/**
 * Applies pending migrations at start. Our own small migrator (not Kysely's) because each step needs
 * the dialect, and because several servers may start at once on one PostgreSQL: an advisory lock
 * makes them take turns, and each step runs in a transaction with its bookkeeping row.
 */
import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';
import type { DialectName } from './migrations/types.ts';
import type { Database } from './schema.ts';

const LOCK_KEY = 7_420_311; // any constant shared by every Technolab process

export async function migrate(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const applied: string[] = [];
  const run = async (conn: Kysely<Database>) => {
    await conn.schema
      .createTable('technolab_migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const done = new Set((await conn.selectFrom('technolab_migrations').select('name').execute()).map((r) => r.name));
    for (const m of MIGRATIONS) {
      if (done.has(m.name)) continue;
      await conn.transaction().execute(async (trx) => {
        await m.up(trx, dialect);
        await trx.insertInto('technolab_migrations').values({ name: m.name, applied_at: new Date().toISOString() }).execute();
      });
      applied.push(m.name);
    }
  };
  if (dialect === 'postgres') {
    // The lock is per connection, so take it and migrate on one connection.
    await db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(conn);
      try {
        await run(conn);
      } finally {
        await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
      }
    });
  } else {
    await run(db);
  }
  return applied;
}
