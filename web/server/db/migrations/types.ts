import type { Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** One schema step. Written once for both databases; `dialect` covers the few differences. */
export interface Migration {
  name: string;
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** An auto-incrementing integer primary key on either database. */
export function idColumnType(dialect: DialectName): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}
