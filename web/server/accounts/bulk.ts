/**
 * Many accounts at once, from what a teacher (or a competition host) has at hand: a CSV exported
 * from a spreadsheet or a list pasted from a school system.
 *
 * `parseRoster` reads one person per line: `Name`, `Name;login`, `Name,login` or `Name<TAB>login`
 * (quoted CSV fields, a header row, a leading row number and a UTF-8 BOM are understood).
 * `createBulkAccounts` turns rows into student accounts with readable generated passwords; a row
 * without a login gets one transliterated from the name (`Иванов Пётр` → `ivanov.petr`), made unique
 * against the store and the batch (`ivanov.petr2`, …). All accounts of a call are created in one
 * transaction: either every row gets an account (and class membership) or none does.
 */
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Text } from '../../shared/common.ts';
import type { Database } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';

export interface RosterRow {
  name: string;
  login?: string;
}

export interface RosterProblem {
  /** 1-based line number in the text the teacher gave. */
  line: number;
  message: Text;
}

export interface Roster {
  rows: RosterRow[];
  problems: RosterProblem[];
}

export interface CreatedAccount {
  id: number;
  login: string;
  name: string;
  /** Shown once (printed sheet); only its bcrypt hash is stored. */
  password: string;
}

export interface BulkOptions {
  role: 'student';
  /** Adds every new account to this class as a student. */
  classId?: number;
  /** Put before generated logins (`cup-` → `cup-ivanov.petr`); explicit logins are kept as given. */
  loginPrefix?: string;
}

export const MAX_ROSTER_ROWS = 500;
export const LOGIN_RE = /^[a-z0-9][a-z0-9._-]{1,39}$/;
const MAX_NAME = 100;

/** An explicit login is already taken (by an existing account): nothing was created. */
export class LoginsTakenError extends Error {
  constructor(readonly logins: string[]) {
    super(`logins already taken: ${logins.join(', ')}`);
  }
}

// ---- parsing ----------------------------------------------------------------------------------

const HEADER_WORDS = new Set(['name', 'names', 'fullname', 'full name', 'student', 'имя', 'фио', 'ф.и.о.', 'ученик', 'учащийся', 'фамилия имя', 'фамилия', 'login', 'логин', '№', 'n', '#', 'no']);

/** Splits one line on `sep`, honouring CSV double quotes (`"Иванов, Пётр";ivanov`). */
function splitFields(line: string, sep: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === sep) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out.map((f) => f.replace(/\s+/g, ' ').trim());
}

/** The separator the whole text uses: `;` (Russian Excel), then tab (pasted from a table), then `,`. */
function pickSeparator(lines: string[]): string | undefined {
  for (const sep of [';', '\t']) if (lines.some((l) => l.includes(sep))) return sep;
  // A comma only separates when it is followed by something that looks like a login on most lines;
  // otherwise «Иванов, Пётр» is a name with a comma in it.
  const withComma = lines.filter((l) => l.includes(','));
  if (withComma.length === 0) return undefined;
  const loginLike = withComma.filter((l) => {
    const last = l.slice(l.lastIndexOf(',') + 1).trim().replace(/^"|"$/g, '');
    return last === '' || LOGIN_RE.test(last.toLowerCase());
  });
  return loginLike.length * 2 >= withComma.length ? ',' : undefined;
}

function isHeader(fields: string[]): boolean {
  return fields.some((f) => f !== '') && fields.every((f) => f === '' || HEADER_WORDS.has(f.toLowerCase()));
}

export function parseRoster(text: string): Roster {
  const rows: RosterRow[] = [];
  const problems: RosterProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const meaningful = lines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#') && !/^sep=.$/i.test(l.trim()));
  const sep = pickSeparator(meaningful);
  const seenLogins = new Map<string, number>();
  let first = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^sep=.$/i.test(trimmed)) return;
    let fields = sep ? splitFields(trimmed, sep) : [trimmed.replace(/\s+/g, ' ')];
    if (first) {
      first = false;
      if (isHeader(fields)) return;
    }
    // A leading row number from a numbered list or spreadsheet: «1;Иванов Пётр» or «1. Иванов Пётр».
    if (fields.length > 1 && /^\d{1,4}\.?$/.test(fields[0])) fields = fields.slice(1);
    if (fields.length === 1) fields[0] = fields[0].replace(/^\d{1,4}[.)]\s+/, '');
    const name = fields[0] ?? '';
    const login = (fields[1] ?? '').toLowerCase();
    if (fields.every((f) => f === '')) return;
    if (name === '') {
      problems.push({ line, message: { ru: 'Нет имени ученика.', en: 'The student’s name is missing.' } });
      return;
    }
    if (name.length > MAX_NAME) {
      problems.push({ line, message: { ru: `Имя длиннее ${MAX_NAME} символов.`, en: `The name is longer than ${MAX_NAME} characters.` } });
      return;
    }
    if (login !== '' && !LOGIN_RE.test(login)) {
      problems.push({
        line,
        message: {
          ru: `Логин «${login}» не подходит: от 2 до 40 латинских букв, цифр, точек, дефисов или подчёркиваний, в начале буква или цифра.`,
          en: `The login “${login}” will not do: 2 to 40 Latin letters, digits, dots, hyphens or underscores, starting with a letter or a digit.`,
        },
      });
      return;
    }
    if (login !== '') {
      const earlier = seenLogins.get(login);
      if (earlier !== undefined) {
        problems.push({ line, message: { ru: `Логин «${login}» уже есть в строке ${earlier}.`, en: `The login “${login}” is already on line ${earlier}.` } });
        return;
      }
      seenLogins.set(login, line);
    }
    if (rows.length >= MAX_ROSTER_ROWS) {
      problems.push({ line, message: { ru: `Не больше ${MAX_ROSTER_ROWS} учеников за один раз.`, en: `At most ${MAX_ROSTER_ROWS} students at a time.` } });
      return;
    }
    rows.push(login === '' ? { name } : { name, login });
  });
  return { rows, problems };
}

// ---- logins and passwords ---------------------------------------------------------------------

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian, Kazakh and Tatar letters met in Russian school lists.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', җ: 'zh',
};

/** Latin lowercase letters and digits for a word in any script we meet (others are dropped). */
export function transliterate(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) {
    if (ch in TRANSLIT) out += TRANSLIT[ch];
    else out += ch.normalize('NFD').replace(/[^a-z0-9]/g, '');
  }
  return out;
}

/** `Иванов Пётр Сергеевич` → `ivanov.petr` (the first two words: a surname and a first name). */
export function loginFromName(name: string, prefix = ''): string {
  const words = name
    .split(/[\s,.;:_\-–—'"«»()]+/)
    .map(transliterate)
    .filter((w) => w !== '');
  let base = words.slice(0, 2).join('.').slice(0, 30).replace(/\.+$/, '');
  if (base.length < 2) base = base ? `student.${base}` : 'student';
  return (prefix.toLowerCase() + base).slice(0, 36);
}

const CONSONANTS = 'bdfgkmnprstvz';
const VOWELS = 'aeiou';

/**
 * A password a child can read off a printed card and type: four consonant–vowel syllables and two
 * digits (`mirokate47`), no look-alike characters; ~1.6·10⁹ combinations, behind bcrypt and the
 * login rate limit.
 */
export function readablePassword(): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += CONSONANTS[randomInt(CONSONANTS.length)] + VOWELS[randomInt(VOWELS.length)];
  return out + String(randomInt(10, 100));
}

// ---- creating ---------------------------------------------------------------------------------

export async function createBulkAccounts(db: Kysely<Database>, rows: RosterRow[], opts: BulkOptions): Promise<CreatedAccount[]> {
  if (rows.length === 0) return [];
  if (rows.length > MAX_ROSTER_ROWS) throw new Error(`at most ${MAX_ROSTER_ROWS} accounts at a time`);
  const prefix = (opts.loginPrefix ?? '').toLowerCase();
  if (prefix && !/^[a-z0-9][a-z0-9._-]{0,15}$/.test(prefix)) throw new Error(`bad login prefix: ${opts.loginPrefix}`);
  for (const r of rows) if (r.login !== undefined && !LOGIN_RE.test(r.login)) throw new Error(`bad login: ${r.login}`);

  // Hash first (bcrypt is the slow part): the transaction below then holds the write lock briefly.
  const prepared: { name: string; login?: string; base: string; password: string; hash: string }[] = [];
  for (const r of rows) {
    const password = readablePassword();
    prepared.push({ name: r.name.trim(), login: r.login, base: loginFromName(r.name, prefix), password, hash: await hashPassword(password) });
  }

  return db.transaction().execute(async (trx) => {
    const explicit = prepared.filter((p) => p.login !== undefined).map((p) => p.login!);
    if (explicit.length) {
      const taken = await trx.selectFrom('users').select('login').where('login', 'in', explicit).execute();
      if (taken.length) throw new LoginsTakenError(taken.map((t) => t.login).sort());
    }
    // Every login starting with a base we need, so suffixes are picked without a query per row.
    // (`_` in a base matches any character: that only adds real logins to `used`, which is harmless.)
    const bases = [...new Set(prepared.filter((p) => p.login === undefined).map((p) => p.base))];
    const used = new Set<string>(explicit);
    for (let i = 0; i < bases.length; i += 200) {
      const chunk = bases.slice(i, i + 200);
      const existing = await trx
        .selectFrom('users')
        .select('login')
        .where((eb) => eb.or(chunk.map((b) => eb('login', 'like', `${b}%`))))
        .execute();
      for (const e of existing) used.add(e.login);
    }
    const now = new Date().toISOString();
    const created: CreatedAccount[] = [];
    for (const p of prepared) {
      let login = p.login;
      if (login === undefined) {
        login = p.base;
        for (let n = 2; used.has(login); n++) login = `${p.base}${n}`;
      }
      used.add(login);
      const row = await trx
        .insertInto('users')
        .values({ login, name: p.name, role: opts.role, password_hash: p.hash, created_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const id = Number(row.id);
      if (opts.classId !== undefined) {
        await trx
          .insertInto('class_members')
          .values({ class_id: opts.classId, user_id: id, role: 'student', joined_at: now })
          .onConflict((oc) => oc.columns(['class_id', 'user_id']).doNothing())
          .execute();
      }
      created.push({ id, login, name: p.name, password: p.password });
    }
    return created;
  });
}
