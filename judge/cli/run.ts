/** `judge run <task-dir> <sketch> [--json]`: judge one sketch against one task, as the server would. */
import type { JudgeEvent, TestInfo } from '../runner/events.ts';
import type { Command } from './command.ts';
import { UsageError } from './i18n.ts';
import { seconds, testLine, verdictName } from './format.ts';
import { formatDiagnostic, memoryLine, readSketch } from './sketch.ts';
import { parseEngine } from './simulate.ts';
import { loadTaskOrReport } from './task.ts';

export const runCommand: Command = {
  name: 'run',
  usage: 'run <task-dir> <sketch.ino> [--json] [--engine fast|reference] [--seed N]',
  summary: {
    ru: 'проверить скетч тестами задачи, как это делает сервер; код выхода 0 только при полном балле',
    en: 'judge a sketch against a task\'s tests, as the server does; exit status 0 only for a full score',
  },
  details: {
    ru: '--json          вывести все события проверки как JSON\n--engine NAME   fast (по умолчанию) или reference\n--seed N        зерно случайности тестов',
    en: '--json          print every judging event as JSON\n--engine NAME   fast (default) or reference\n--seed N        seed of the tests\' randomness',
  },
  options: { json: { type: 'boolean' }, engine: { type: 'string' }, seed: { type: 'string' } },
  async run(positionals, values, ctx) {
    const [dir, sketchPath, ...extra] = positionals;
    if (!dir || !sketchPath || extra.length > 0) {
      throw new UsageError({ ru: 'Укажите папку задачи и скетч: judge run <task-dir> <sketch.ino>', en: 'Give a task folder and a sketch: judge run <task-dir> <sketch.ino>' });
    }
    const engine = parseEngine(values.engine);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError({ ru: '--seed должно быть целым числом.', en: '--seed must be an integer.' });
    const task = await loadTaskOrReport(dir, ctx);
    if (!task) return 1;
    const { source } = await readSketch(sketchPath);
    const { judgeSubmission } = await import('../runner/index.ts');
    const lang = ctx.lang;
    const events: JudgeEvent[] = [];
    let tests: TestInfo[] = [];
    let full = false;
    for await (const event of judgeSubmission(task, source, { engine, seed })) {
      events.push(event);
      if (event.type === 'finished') full = event.verdict === 'accepted' && event.score === event.maxScore;
      if (values.json) continue;
      switch (event.type) {
        case 'compiling':
          ctx.out.write(`${task.title?.[lang] ?? task.id} — ${lang === 'ru' ? 'компиляция…' : 'compiling…'}\n`);
          break;
        case 'compiled':
          for (const d of event.diagnostics) ctx.err.write(`${formatDiagnostic(d, sketchPath)}\n`);
          if (event.ok) ctx.out.write(`  ${memoryLine(event, lang)}, ${seconds(event.durationMs, lang)}${event.cached ? (lang === 'ru' ? ', из кэша' : ', cached') : ''}\n`);
          break;
        case 'tests':
          tests = event.tests;
          ctx.out.write(lang === 'ru' ? `Тестов: ${tests.length}\n` : `Tests: ${tests.length}\n`);
          break;
        case 'test-finished':
          ctx.out.write(`${testLine(event.result, tests.find((t) => t.id === event.result.id), lang)}\n`);
          break;
        case 'finished':
          ctx.out.write(`${lang === 'ru' ? 'Итог' : 'Result'}: ${verdictName(event.verdict, lang)} — ${lang === 'ru' ? 'баллы' : 'score'} ${event.score}/${event.maxScore}\n`);
          if (event.message) ctx.out.write(`  ${event.message[lang]}\n`);
          break;
      }
    }
    if (values.json) ctx.out.write(`${JSON.stringify({ task: task.id, events }, null, 2)}\n`);
    return full ? 0 : 1;
  },
};
