/**
 * `judge` — the command line of the Technolab judge: compile, simulate, run one task, check tasks.
 * Exit status: 0 success, 1 the thing checked failed (compile error, not full score, task check
 * failed), 2 the command was called wrongly.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCommand } from './check.ts';
import type { Command, CommandContext } from './command.ts';
import { compileCommand } from './compile.ts';
import { detectLang, UsageError, type Lang } from './i18n.ts';
import { runCommand } from './run.ts';
import { simulateCommand } from './simulate.ts';

const COMMANDS: Command[] = [compileCommand, simulateCommand, runCommand, checkCommand];

const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function help(lang: Lang, only?: Command): string {
  const text = (l: Lang) => {
    const lines: string[] = [];
    if (!only) {
      lines.push(l === 'ru' ? 'Технолаб: проверка скетчей Arduino в симуляторе.' : 'Technolab: judge Arduino sketches in a simulator.', '');
      lines.push(l === 'ru' ? 'Использование: judge <команда> [параметры]' : 'Usage: judge <command> [options]', '');
    }
    for (const c of only ? [only] : COMMANDS) {
      lines.push(`  judge ${c.usage}`, `      ${c.summary[l]}`);
      if (only) lines.push('', ...c.details[l].split('\n').map((s) => `  ${s}`));
    }
    lines.push('', l === 'ru'
      ? '  --lang ru|en   язык сообщений (по умолчанию из LANG)\n  -h, --help     эта справка'
      : '  --lang ru|en   language of messages (default: from LANG)\n  -h, --help     this help');
    return lines.join('\n');
  };
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  // Both languages: a teacher may hand the output to a student who reads the other one.
  return `${text(lang)}\n\n${'─'.repeat(40)}\n\n${text(other)}\n`;
}

export async function main(argv: string[], ctx: Omit<CommandContext, 'lang'> = { out: process.stdout, err: process.stderr }): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang = detectLang(langFlag);
  const full: CommandContext = { ...ctx, lang };
  const name = argv[0];
  if (!name || name === '--help' || name === '-h' || name === 'help' || name.startsWith('--lang')) {
    full.out.write(help(lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) {
      throw new UsageError({
        ru: `Неизвестная команда «${name}». Команды: ${COMMANDS.map((c) => c.name).join(', ')}. Справка: judge --help`,
        en: `Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Help: judge --help`,
      });
    }
    let parsed;
    try {
      parsed = parseArgs({ args: argv.slice(1), options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new UsageError({ ru: `${detail}. Справка: judge ${name} --help`, en: `${detail}. Help: judge ${name} --help` });
    }
    if (parsed.values.help) {
      full.out.write(help(lang, command));
      return 0;
    }
    return await command.run(parsed.positionals, parsed.values, full);
  } catch (error) {
    if (error instanceof UsageError) {
      full.err.write(`judge: ${error.text[lang]}\n`);
      return 2;
    }
    full.err.write(`judge: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

// Run when executed as the program (`node --import tsx judge/cli/main.ts`); judge.mjs calls main() itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
