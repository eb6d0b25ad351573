/** Join codes: six characters a child can read off the board (no 0/O, 1/I/L look-alikes). */
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newJoinCode(length = 6): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A code no class has now (the unique index still guards the insert against a race). */
export async function freeJoinCode(db: Kysely<Database>): Promise<string> {
  for (let i = 0; i < 20; i++) {
    const code = newJoinCode(i < 10 ? 6 : 8);
    const taken = await db.selectFrom('classes').select('id').where('join_code', '=', code).executeTakeFirst();
    if (!taken) return code;
  }
  throw new Error('no free join code');
}
