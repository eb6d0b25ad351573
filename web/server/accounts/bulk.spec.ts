import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db/index.ts';
import { createBulkAccounts, loginFromName, LoginsTakenError, parseRoster, readablePassword, transliterate } from './bulk.ts';
import { checkPassword } from './passwords.ts';
import { createUser } from './users.ts';

describe('parseRoster', () => {
  it('reads one name per line, skipping blanks and comments', () => {
    const r = parseRoster('Иванов Пётр\n\n  Смирнова   Анна  \n# comment\r\nPetrov Ivan\n');
    expect(r.problems).toEqual([]);
    expect(r.rows).toEqual([{ name: 'Иванов Пётр' }, { name: 'Смирнова Анна' }, { name: 'Petrov Ivan' }]);
  });

  it('reads name;login and name,login, with a header, a BOM and row numbers', () => {
    expect(parseRoster('\uFEFFФИО;Логин\n1;Иванов Пётр;Petya\n2;Смирнова Анна;\n').rows).toEqual([
      { name: 'Иванов Пётр', login: 'petya' },
      { name: 'Смирнова Анна' },
    ]);
    expect(parseRoster('name,login\nIvanov Petr,ivanov\nSidorov Oleg,\n').rows).toEqual([{ name: 'Ivanov Petr', login: 'ivanov' }, { name: 'Sidorov Oleg' }]);
    expect(parseRoster('Иванов Пётр\tpetya\nКузнецова Катя\tkatya').rows).toEqual([
      { name: 'Иванов Пётр', login: 'petya' },
      { name: 'Кузнецова Катя', login: 'katya' },
    ]);
    expect(parseRoster('1. Иванов Пётр\n2) Смирнова Анна').rows).toEqual([{ name: 'Иванов Пётр' }, { name: 'Смирнова Анна' }]);
  });

  it('keeps a comma inside a name when the commas do not separate logins', () => {
    expect(parseRoster('Иванов, Пётр\nСмирнова, Анна').rows).toEqual([{ name: 'Иванов, Пётр' }, { name: 'Смирнова, Анна' }]);
    expect(parseRoster('"Иванов, Пётр";petya').rows).toEqual([{ name: 'Иванов, Пётр', login: 'petya' }]);
  });

  it('reports bad logins and duplicates with their line numbers, in both languages', () => {
    const r = parseRoster('Иванов Пётр;petya\nСмирнова Анна;анна\nКузнецова Катя;petya\n;nobody');
    expect(r.rows).toEqual([{ name: 'Иванов Пётр', login: 'petya' }]);
    expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    for (const p of r.problems) {
      expect(p.message.ru).toMatch(/[а-я]/);
      expect(p.message.en).toMatch(/[a-z]/);
    }
    expect(r.problems[1].message.en).toContain('line 1');
  });
});

describe('logins and passwords', () => {
  it('transliterates Cyrillic names into readable logins', () => {
    expect(transliterate('Щукина')).toBe('shchukina');
    expect(loginFromName('Иванов Пётр Сергеевич')).toBe('ivanov.petr');
    expect(loginFromName('Юлия Ёлкина')).toBe('yuliya.elkina');
    expect(loginFromName('Zoë Müller')).toBe('zoe.muller');
    expect(loginFromName('Ким', 'cup-')).toBe('cup-kim');
    expect(loginFromName('李')).toBe('student');
  });

  it('generates readable passwords', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const p = readablePassword();
      expect(p).toMatch(/^([bdfgkmnprstvz][aeiou]){4}\d{2}$/);
      seen.add(p);
    }
    expect(seen.size).toBeGreaterThan(45);
  });
});

describe('createBulkAccounts (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tl-bulk-'));
  let store: Store;
  let classId: number;
  beforeAll(async () => {
    store = await openStore({ sqlitePath: join(dir, 'technolab.db') });
    await createUser(store.db, { login: 'ivanov.petr', name: 'Старый Иванов', role: 'student', password: 'password1' });
    const cls = await store.db
      .insertInto('classes')
      .values({ name: '7Б', join_code: 'BULK7B', created_by: null, created_at: new Date().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    classId = Number(cls.id);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates unique logins, working passwords and class membership', async () => {
    const { rows } = parseRoster('Иванов Пётр\nИванов Пётр\nСмирнова Анна;anna\n');
    const made = await createBulkAccounts(store.db, rows, { role: 'student', classId });
    expect(made.map((m) => m.login)).toEqual(['ivanov.petr2', 'ivanov.petr3', 'anna']);
    expect(made.map((m) => m.name)).toEqual(['Иванов Пётр', 'Иванов Пётр', 'Смирнова Анна']);
    for (const m of made) {
      const user = await store.db.selectFrom('users').selectAll().where('id', '=', m.id).executeTakeFirstOrThrow();
      expect(user.role).toBe('student');
      expect(await checkPassword(m.password, user.password_hash)).toBe(true);
    }
    const members = await store.db.selectFrom('class_members').select(['user_id', 'role']).where('class_id', '=', classId).execute();
    expect(members.map((m) => m.user_id).sort()).toEqual(made.map((m) => m.id).sort());
    expect(members.every((m) => m.role === 'student')).toBe(true);
  });

  it('applies a login prefix to generated logins only', async () => {
    const made = await createBulkAccounts(store.db, [{ name: 'Орлов Дима' }, { name: 'Team X', login: 'teamx' }], { role: 'student', loginPrefix: 'cup-' });
    expect(made.map((m) => m.login)).toEqual(['cup-orlov.dima', 'teamx']);
  });

  it('creates nothing when an explicit login is taken', async () => {
    const before = await store.db.selectFrom('users').select('id').execute();
    await expect(createBulkAccounts(store.db, [{ name: 'Новенький' }, { name: 'Аня', login: 'anna' }], { role: 'student', classId })).rejects.toBeInstanceOf(LoginsTakenError);
    expect((await store.db.selectFrom('users').select('id').execute()).length).toBe(before.length);
  });
});
