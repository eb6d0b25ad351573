/**
 * The scoreboard, the same for every rule: which submissions a view may count (the freeze), the
 * pending counts, the rule's cells and totals, the order and shared places, and the reveal of a
 * frozen board after the round, row by row from the bottom.
 */
import type { Verdict } from '../../../../judge/runner/events.ts';
import { icpc } from './icpc.ts';
import { ioi } from './ioi.ts';
import { robot } from './robot.ts';
import { EMPTY_CELL, type Cell, type JudgedSubmission, type Rule, type ScoringName, type ScoringTask, type Totals } from './types.ts';

export const RULES: Record<ScoringName, Rule> = { icpc, ioi, robot };

export interface BoardParticipant {
  id: number;
  name: string;
  login: string;
}

/** A round's submission as the board sees it: finished ones carry their outcome. */
export interface BoardSubmission extends Omit<JudgedSubmission, 'verdict' | 'score' | 'maxScore'> {
  participantId: number;
  label: string;
  finished: boolean;
  verdict: Verdict | null;
  score: number | null;
  maxScore: number | null;
}

export interface BoardCell extends Cell {
  label: string;
  /** Submissions this view does not know the result of (still judging, or made during the freeze). */
  pending: number;
}

export interface BoardRow {
  participantId: number;
  name: string;
  login: string;
  rank: number;
  totals: Totals;
  cells: BoardCell[];
  /** The freeze hides results of this row (pending > 0 somewhere). */
  hidden: boolean;
}

export interface BoardInput {
  rule: Rule;
  tasks: ScoringTask[];
  participants: BoardParticipant[];
  /** Ignored submissions already left out. */
  submissions: BoardSubmission[];
  /**
   * Results of submissions made at or after this moment (ms from the start) are not shown: they
   * count as pending. Null: everything is shown (the jury, or a board that is not frozen).
   */
  cutoffMs: number | null;
  /** Rows shown with their real results although the board is frozen (revealed after the round). */
  revealed?: ReadonlySet<number>;
}

export function computeBoard(input: BoardInput): BoardRow[] {
  const { rule, tasks, cutoffMs } = input;
  const byKey = new Map<string, BoardSubmission[]>();
  for (const s of [...input.submissions].sort((a, b) => a.atMs - b.atMs || a.id - b.id)) {
    const key = `${s.participantId}|${s.label}`;
    const list = byKey.get(key);
    if (list) list.push(s);
    else byKey.set(key, [s]);
  }
  const rows = input.participants.map((p) => {
    const open = cutoffMs === null || (input.revealed?.has(p.id) ?? false);
    const cells = tasks.map((task): BoardCell => {
      const subs = byKey.get(`${p.id}|${task.label}`) ?? [];
      const known: JudgedSubmission[] = [];
      let pending = 0;
      for (const s of subs) {
        if (!s.finished || s.verdict === null || (!open && s.atMs >= (cutoffMs ?? Infinity))) pending++;
        else known.push({ id: s.id, atMs: s.atMs, verdict: s.verdict, score: s.score ?? 0, maxScore: s.maxScore ?? task.maxScore, tests: s.tests });
      }
      const cell = known.length ? rule.cell(task, known) : { ...EMPTY_CELL };
      return { ...cell, label: task.label, pending };
    });
    const totals = rule.total(tasks, cells);
    const hidden = !open && cells.some((c) => c.pending > 0);
    return { participantId: p.id, name: p.name, login: p.login, rank: 0, totals, cells, hidden };
  });
  rows.sort((a, b) => rule.compare(a.totals, b.totals, tasks) || a.name.localeCompare(b.name, 'ru') || a.participantId - b.participantId);
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && rule.compare(prev.totals, row.totals, tasks) === 0 ? prev.rank : i + 1;
  });
  return rows;
}

/**
 * One step of the reveal: from the bottom of the board as shown now, every unrevealed row without
 * hidden results is revealed (nothing changes for it), up to and including the first row that has
 * hidden results. Returns the new revealed set; `done` when every row is revealed.
 */
export function revealStep(input: BoardInput): { revealed: Set<number>; resolved: number | null; done: boolean } {
  const revealed = new Set(input.revealed ?? []);
  const rows = computeBoard({ ...input, revealed });
  let resolved: number | null = null;
  for (const row of [...rows].reverse()) {
    if (revealed.has(row.participantId)) continue;
    revealed.add(row.participantId);
    if (row.hidden) {
      resolved = row.participantId;
      break;
    }
  }
  // Nothing hidden is left above: the rest is revealed at once (no clicks that change nothing).
  const after = computeBoard({ ...input, revealed });
  if (after.every((r) => !r.hidden)) for (const p of input.participants) revealed.add(p.id);
  const done = input.participants.every((p) => revealed.has(p.id));
  return { revealed, resolved, done };
}
