/** Password hashing with bcrypt (cost 10: ~70 ms, slow enough for guessing, fast enough for a class logging in at once). */
import bcrypt from 'bcryptjs';
import { randomInt } from 'node:crypto';

const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function checkPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A password a child can type from a printed sheet: no look-alike letters (0/O, 1/l/I). */
export function generatePassword(length = 10): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A hash of a random password, for comparing against when the login is unknown (same timing). */
export const DUMMY_HASH = bcrypt.hashSync('technolab-dummy-password', COST);
