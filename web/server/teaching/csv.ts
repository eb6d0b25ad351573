/** The progress matrix as a CSV file a teacher double-clicks (format and why: shared/excel-csv.ts). */
import type { Lang } from '../../shared/common.ts';
import { csvDocument, csvNumber, csvText as quote } from '../../shared/excel-csv.ts';
import type { ClassProgress } from '../../shared/teaching.ts';


const HEAD = {
  ru: { student: 'Ученик', login: 'Логин', total: 'Сумма баллов', solved: 'Решено задач', attempts: 'Попыток', late: 'После срока', deadline: 'срок' },
  en: { student: 'Student', login: 'Login', total: 'Total score', solved: 'Tasks solved', attempts: 'Attempts', late: 'After the deadline', deadline: 'due' },
};

const number = (value: number | null, lang: Lang): string => csvNumber(value, lang, 2);

/** `2026-12-03 14:05` in the teacher's time zone (UTC when the zone is unknown). */
export function formatDate(iso: string, timeZone: string): string {
  const d = new Date(iso);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(d);
  } catch {
    return formatDate(iso, 'UTC');
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export function validTimeZone(tz: unknown): string {
  if (typeof tz !== 'string' || tz.length > 64) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    return 'UTC';
  }
}

export function progressCsv(progress: ClassProgress, lang: Lang, timeZone = 'UTC'): string {
  const h = HEAD[lang];
  const header = [
    h.student,
    h.login,
    ...progress.columns.map((c) => `${c.title[lang] || c.title.ru} (${number(c.maxScore, lang)})${c.deadline ? `, ${h.deadline} ${formatDate(c.deadline, timeZone)}` : ''}`),
    h.total,
    h.solved,
    h.attempts,
    h.late,
  ];
  const lines = [header.map(quote)];
  for (const row of progress.rows) {
    const late = row.cells.flatMap((c, i) => (c.late ? [progress.columns[i].title[lang] || progress.columns[i].title.ru] : []));
    const attempts = [...new Map(row.cells.map((c) => [c.taskId, c.attempts])).values()].reduce((a, b) => a + b, 0);
    lines.push(
      [
        quote(row.student.name),
        quote(row.student.login),
        ...row.cells.map((c) => number(c.bestScore, lang)),
        number(row.total, lang),
        String(row.solved),
        String(attempts),
        quote(late.join(', ')),
      ],
    );
  }
  return csvDocument(lines);
}

/** A file name without characters Windows refuses, keeping Cyrillic (sent RFC 5987-encoded). */
export function csvFileName(className: string): string {
  const base = className.replace(/[\\/:*?"<>|\x00-\x1f]+/g, ' ').trim() || 'class';
  return `${base} — ${new Date().toISOString().slice(0, 10)}.csv`;
}
