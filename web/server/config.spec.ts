import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { pickLang } from './i18n.ts';

describe('configuration from the environment', () => {
  it('defaults to the embedded mode: port 3000, SQLite under data/, judging in-process, demo content', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.sqlitePath).toMatch(/data\/technolab\.db$/);
    expect([c.judgeInProcess, c.demo]).toEqual([true, true]);
  });

  it('switches to the scaled defaults with PostgreSQL and Redis', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h/db', REDIS_URL: 'redis://h:6379' });
    expect([c.judgeInProcess, c.demo]).toEqual([false, false]);
  });

  it('names every wrong variable in Russian and English', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', ADMIN_PASSWORD: 'short' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('Ошибка в настройках');
    expect(message).toContain('Configuration error');
    for (const name of ['PORT', 'REDIS_URL', 'ADMIN_PASSWORD']) expect(message).toContain(name);
  });
});

describe('the language of messages', () => {
  it('is ?lang= first, then Accept-Language, then Russian', () => {
    expect(pickLang('en', 'ru')).toBe('en');
    expect(pickLang(undefined, 'de-DE,en;q=0.8')).toBe('en');
    expect(pickLang(undefined, 'fr')).toBe('ru');
    expect(pickLang('xx', undefined)).toBe('ru');
  });
});
