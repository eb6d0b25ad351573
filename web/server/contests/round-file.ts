/**
 * A cup round as a file: `tasks/contests/<id>.yaml`. The embedded mode seeds each one once (by its
 * id) as a round hosted by the demo teacher. A bad file is reported in Russian and English and
 * skipped; it never stops the server.
 *
 * ```yaml
 * id: cup-sample
 * title: { ru: "…", en: "…" }
 * description: { ru: "…", en: "…" }
 * scoring: robot            # icpc | ioi | robot
 * durationMinutes: 120
 * freezeMinutes: 30
 * participants: individual  # individual | team
 * tasks:
 *   - { label: A, task: cup-io-warmup }
 *   - { label: E, task: cup-timed-run, measure: finish-time, better: lower }
 * ```
 * Optional: `startsAt` (ISO-8601; default: `startsInMinutes`, 15, after the round is first seeded),
 * per task `requireAccepted: true` (robot: only accepted runs count for the measure).
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Text } from '../../shared/common.ts';

const TextField = z.object({ ru: z.string().min(1), en: z.string().min(1) }).strict();

export const RoundTaskSchema = z
  .object({
    label: z.string().regex(/^[A-Z][0-9]?$/),
    task: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    measure: z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/).optional(),
    better: z.enum(['lower', 'higher']).optional(),
    requireAccepted: z.boolean().optional(),
  })
  .strict();

export const RoundFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    title: TextField,
    description: TextField.optional(),
    scoring: z.enum(['icpc', 'ioi', 'robot']),
    durationMinutes: z.number().positive().max(60 * 24 * 14),
    freezeMinutes: z.number().min(0).default(0),
    participants: z.enum(['individual', 'team']).default('individual'),
    startsAt: z.iso.datetime({ offset: true }).optional(),
    startsInMinutes: z.number().min(0).optional(),
    tasks: z.array(RoundTaskSchema).min(1).max(26),
  })
  .strict();

export type RoundFile = z.output<typeof RoundFileSchema>;

export type RoundResult = { ok: true; round: RoundFile } | { ok: false; errors: Text[] };

const FIELD_RU: Record<string, string> = {
  id: 'id',
  title: 'название (title)',
  description: 'описание (description)',
  scoring: 'правила подсчёта (scoring)',
  durationMinutes: 'длительность (durationMinutes)',
  freezeMinutes: 'заморозка (freezeMinutes)',
  participants: 'участники (participants)',
  tasks: 'задачи (tasks)',
};

function where(path: PropertyKey[]): Text {
  if (path.length === 0) return { ru: 'файл целиком', en: 'the whole file' };
  if (path[0] === 'tasks' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return { ru: `задача №${path[1] + 1}${rest ? `, поле «${rest}»` : ''}`, en: `task #${path[1] + 1}${rest ? `, field “${rest}”` : ''}` };
  }
  const key = path.map(String).join('.');
  return { ru: `поле «${FIELD_RU[key] ?? key}»`, en: `field “${key}”` };
}

function issueText(issue: z.core.$ZodIssue): Text {
  const at = where(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { ru: `${at.ru}: не заполнено`, en: `${at.en}: missing` }
        : { ru: `${at.ru}: неверный тип (нужно ${issue.expected})`, en: `${at.en}: wrong type (expected ${issue.expected})` };
    case 'invalid_value':
      return { ru: `${at.ru}: допустимо ${issue.values.map(String).join(' | ')}`, en: `${at.en}: must be one of ${issue.values.map(String).join(' | ')}` };
    case 'unrecognized_keys':
      return { ru: `${at.ru}: неизвестные поля ${issue.keys.join(', ')}`, en: `${at.en}: unknown fields ${issue.keys.join(', ')}` };
    case 'too_small':
    case 'too_big':
      return { ru: `${at.ru}: значение вне допустимых пределов`, en: `${at.en}: value out of range (${issue.message})` };
    case 'invalid_format':
      return { ru: `${at.ru}: неверный формат`, en: `${at.en}: wrong format (${issue.message})` };
    default:
      return { ru: `${at.ru}: неверное значение (${issue.message})`, en: `${at.en}: ${issue.message}` };
  }
}

/**
 * Checks a round file's text. `taskExists` (the catalog) reports tasks that are not on the server.
 * The file name must match the id (`cup-sample.yaml` ↔ `id: cup-sample`).
 */
export function parseRoundFile(textOfFile: string, fileName: string, taskExists?: (id: string) => boolean): RoundResult {
  const file = basename(fileName);
  const prefix = (t: Text): Text => ({ ru: `${file}: ${t.ru}`, en: `${file}: ${t.en}` });
  let data: unknown;
  try {
    data = parseYaml(textOfFile);
  } catch (error) {
    const m = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, errors: [prefix({ ru: `это не YAML: ${m}`, en: `not valid YAML: ${m}` })] };
  }
  const parsed = RoundFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => prefix(issueText(i))) };
  const round = parsed.data;
  const errors: Text[] = [];
  const expectedId = file.replace(/\.ya?ml$/, '');
  if (round.id !== expectedId) errors.push({ ru: `id «${round.id}» не совпадает с именем файла «${expectedId}»`, en: `id “${round.id}” does not match the file name “${expectedId}”` });
  const labels = new Set<string>();
  for (const t of round.tasks) {
    if (labels.has(t.label)) errors.push({ ru: `буква ${t.label} встречается дважды`, en: `label ${t.label} is used twice` });
    labels.add(t.label);
    if ((t.measure === undefined) !== (t.better === undefined))
      errors.push({ ru: `задача ${t.label}: measure и better указываются вместе`, en: `task ${t.label}: measure and better go together` });
    if (t.measure !== undefined && round.scoring !== 'robot')
      errors.push({ ru: `задача ${t.label}: measure бывает только при scoring: robot`, en: `task ${t.label}: measure needs scoring: robot` });
    if (taskExists && !taskExists(t.task)) errors.push({ ru: `задача ${t.label}: задачи «${t.task}» нет на сервере`, en: `task ${t.label}: there is no task “${t.task}” on the server` });
  }
  if (round.freezeMinutes >= round.durationMinutes)
    errors.push({ ru: 'заморозка должна быть короче тура', en: 'the freeze must be shorter than the round' });
  if (errors.length) return { ok: false, errors: errors.map(prefix) };
  return { ok: true, round };
}

/** Every `*.yaml` under `dir` (missing folder: none), each checked. */
export async function loadRoundFiles(dir: string, taskExists?: (id: string) => boolean): Promise<{ file: string; result: RoundResult }[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.ya?ml$/.test(f)).sort();
  const out: { file: string; result: RoundResult }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8').catch(() => null);
    out.push({ file: path, result: text === null ? { ok: false, errors: [{ ru: `${name}: не читается`, en: `${name}: cannot be read` }] } : parseRoundFile(text, name, taskExists) });
  }
  return out;
}
