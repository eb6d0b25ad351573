/**
 * `npm run server` / `npm start`: one Technolab server. Embedded by default (SQLite under data/,
 * judging in this process, demo content); DATABASE_URL + REDIS_URL for the scaled mode.
 */
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL, 'technolab');
  const server = await startServer(config, log);
  const lines = [
    '',
    `Технолаб запущен / Technolab is running: ${server.url.replace('127.0.0.1', 'localhost')}`,
    `  режим / mode: ${server.mode === 'embedded' ? 'встроенный (SQLite, проверка в этом процессе) / embedded (SQLite, judging in-process)' : 'масштабируемый (PostgreSQL + Redis, проверка в `npm run worker`) / scaled (PostgreSQL + Redis, judging in `npm run worker`)'}`,
    `  задач / tasks: ${server.catalog.tasks.size}, курсов / courses: ${server.catalog.courses.length}`,
    server.admin.password
      ? `  администратор / admin: ${server.admin.login} / ${server.admin.password}  (сохраните пароль — он показан один раз / save it: shown once)`
      : `  администратор / admin: ${server.admin.login} (уже создан / already exists)`,
  ];
  if (server.demo) {
    lines.push('  демо-пользователи / demo users (логин / пароль, login / password):');
    for (const a of server.demo.accounts) lines.push(`    ${a.role.padEnd(8)} ${a.login} / ${a.password}  — ${a.name}`);
    lines.push(`  код демо-класса / demo class code: ${server.demo.classCode}`);
  }
  console.log(lines.join('\n') + '\n');

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'stopping');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Не удалось запустить Технолаб / Technolab failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
