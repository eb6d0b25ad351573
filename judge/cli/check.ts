/** `judge check <task-dir…>`: every labelled solution of each task must get its label. */
import type { SolutionReport, TaskCheckReport } from '../task/check.ts';
import type { Command, CommandContext } from './command.ts';
import { UsageError } from './i18n.ts';
import { testLine, verdictName } from './format.ts';
import { formatDiagnostic } from './sketch.ts';
import { parseEngine } from './simulate.ts';
import { describeLoadFailure } from './task.ts';

export const checkCommand: Command = {
  name: 'check',
  usage: 'check <task-dir…> [--json] [--engine fast|reference]',
  summary: {
    ru: 'проверить задачи: каждое решение из solutions/ должно получить вердикт из своей пометки',
    en: 'check tasks: every solution in solutions/ must get the verdict its label promises',
  },
  details: {
    ru: '--json          вывести отчёт как JSON\n--engine NAME   fast (по умолчанию) или reference\nКод выхода 1, если хоть одна задача не прошла проверку или не загрузилась.',
    en: '--json          print the report as JSON\n--engine NAME   fast (default) or reference\nExit status 1 when any task fails its check or does not load.',
  },
  options: { json: { type: 'boolean' }, engine: { type: 'string' } },
  async run(positionals, values, ctx) {
    if (positionals.length === 0) throw new UsageError({ ru: 'Укажите папки задач: judge check <task-dir…>', en: 'Give task folders: judge check <task-dir…>' });
    const engine = parseEngine(values.engine);
    const { loadTask } = await import('../task/load.ts');
    const { checkTask } = await import('../task/check.ts');
    const { WorkerPool } = await import('../runner/index.ts');
    const { Semaphore } = await import('../runner/semaphore.ts');
    const pool = new WorkerPool();
    const slots = new Semaphore(pool.size + 1);
    type Report = { dir: string } & (TaskCheckReport | { ok: false; loadProblems: string[] });
    const lang = ctx.lang;
    // Every task at once (the pool bounds the CPU use), each one's report written in order as soon
    // as it and the ones before it are done.
    const checkOne = async (dir: string): Promise<{ report: Report; text: string }> => {
      let task;
      try {
        task = await loadTask(dir);
      } catch (error) {
        const lines = describeLoadFailure(dir, error, ctx);
        return { report: { dir, ok: false, loadProblems: lines.slice(1).map((l) => l.trim()) }, text: `✗ ${lines.join('\n')}\n\n` };
      }
      let text = `${dir} — ${task.title?.[lang] ?? task.id}\n`;
      const report = await checkTask(task, { engine, pool, slots, onSolution: (s) => (text += solutionLines(s, task.tests, ctx)) });
      for (const p of report.problems) text += `  ✗ ${p[lang]}\n`;
      text += report.ok ? (lang === 'ru' ? '  Задача в порядке.\n\n' : '  Task OK.\n\n') : (lang === 'ru' ? '  Задача НЕ прошла проверку.\n\n' : '  Task check FAILED.\n\n');
      return { report: { dir, ...report }, text };
    };
    const reports: Report[] = [];
    try {
      const running = positionals.map(checkOne);
      for (const r of running) r.catch(() => {}); // awaited in order below
      for (const r of running) {
        const { report, text } = await r;
        reports.push(report);
        if (!values.json) ctx.out.write(text);
      }
    } finally {
      await pool.close();
    }
    const failed = reports.filter((r) => !r.ok).map((r) => r.dir);
    if (values.json) ctx.out.write(`${JSON.stringify({ ok: failed.length === 0, tasks: reports }, null, 2)}\n`);
    else if (failed.length === 0) ctx.out.write(lang === 'ru' ? `Все задачи в порядке (${reports.length}).\n` : `All tasks OK (${reports.length}).\n`);
    else ctx.out.write(lang === 'ru' ? `Не прошли проверку: ${failed.join(', ')}\n` : `Failed: ${failed.join(', ')}\n`);
    return failed.length === 0 ? 0 : 1;
  },
};

function solutionLines(s: SolutionReport, tests: { id: string; index: number; title: { ru: string; en: string }; points: number; hidden: boolean }[], ctx: CommandContext): string {
  const lang = ctx.lang;
  const score = `${s.got.score}/${s.got.maxScore}`;
  const label = s.label ? ` «${s.label}»` : '';
  const lines: string[] = [];
  if (s.ok) {
    lines.push(`  ✓ ${s.file}${label}: ${verdictName(s.got.verdict, lang)}, ${score}${lang === 'ru' ? ' — как в пометке' : ' — as labelled'}`);
  } else {
    // A score mismatch already names both scores.
    const scoreNote = s.got.verdict === s.expect.verdict ? '' : ` (${score})`;
    lines.push(`  ✗ ${s.file}${label}: ${s.problem?.[lang] ?? ''}${scoreNote}`);
    if (s.got.message) lines.push(`      ${s.got.message[lang]}`);
    for (const d of s.compileErrors) lines.push(`      ${formatDiagnostic(d, s.file)}`);
    for (const t of s.failedTests) lines.push(testLine(t, tests.find((i) => i.id === t.id), lang).replace(/^/gm, '    '));
  }
  // Even a solution that got its label says which tests failed, so the author sees it fails for the
  // intended reason (a "wrong period" solution should fail the period test, not crash).
  if (s.ok && s.failedTests.length > 0) {
    for (const t of s.failedTests) lines.push(`      ✗ ${t.index + 1}. ${tests.find((i) => i.id === t.id)?.title[lang] ?? t.id}: ${t.message[lang]}`);
  }
  return `${lines.join('\n')}\n`;
}
