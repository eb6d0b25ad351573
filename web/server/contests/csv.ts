/** Final results as CSV for Russian Excel (format and why: shared/excel-csv.ts). */
import type { Lang } from '../../shared/common.ts';
import type { Scoreboard } from '../../shared/contest.ts';
import { csvDocument, csvNumber, csvText as quote } from '../../shared/excel-csv.ts';

const HEAD = {
  ru: { rank: 'Место', name: 'Участник', login: 'Логин', members: 'Состав', solved: 'Решено', penalty: 'Штраф', score: 'Баллы' },
  en: { rank: 'Place', name: 'Participant', login: 'Login', members: 'Members', solved: 'Solved', penalty: 'Penalty', score: 'Score' },
};

const num = (value: number | null, lang: Lang): string => csvNumber(value, lang, 3);

export function resultsCsv(board: Scoreboard, lang: Lang): string {
  const h = HEAD[lang];
  const team = board.rows.some((r) => r.members);
  const head = [h.rank, h.name, h.login, ...(team ? [h.members] : []), ...(board.scoring === 'icpc' ? [h.solved, h.penalty] : [h.score]), ...board.tasks.map((t) => t.label)];
  const lines = [head.map(quote)];
  for (const r of board.rows) {
    const cells = r.cells.map((c) => {
      // ICPC: «✓ minute (tries)» or «✗ (tries)» — not «+1»/«-2», which a spreadsheet would take for a formula.
      if (board.scoring === 'icpc') return c.solved ? `✓ ${c.minute ?? 0} (${c.attempts})` : c.attempts ? `✗ (${c.attempts})` : '';
      if (c.attempts === 0) return '';
      return c.measure !== null ? `${num(c.score, lang)} / ${num(c.measure, lang)}` : num(c.score, lang);
    });
    const fields = [
      String(r.rank),
      quote(r.name),
      quote(r.login),
      ...(team ? [quote(r.members ?? '')] : []),
      ...(board.scoring === 'icpc' ? [String(r.solved), String(r.penalty)] : [num(r.score, lang)]),
      ...cells.map(quote),
    ];
    lines.push(fields);
  }
  return csvDocument(lines);
}
