import { describe, expect, it } from 'vitest';
import { computeBoard, revealStep, RULES, type BoardSubmission } from './board.ts';
import { min, task } from './fixtures.ts';

let id = 100;
const s = (participantId: number, label: string, at: number, verdict: 'accepted' | 'wrong' | null): BoardSubmission => ({
  id: id++,
  participantId,
  label,
  atMs: min(at),
  finished: verdict !== null,
  verdict,
  score: verdict === 'accepted' ? 100 : 0,
  maxScore: 100,
  tests: [],
});

describe('scoreboard (freeze, pending, ranks, reveal)', () => {
  const tasks = [task('A'), task('B')];
  const participants = [
    { id: 1, name: 'Аня', login: 'anya' },
    { id: 2, name: 'Боря', login: 'borya' },
    { id: 3, name: 'Вера', login: 'vera' },
  ];
  // Freeze at minute 90: Вера's accept at 95 and Боря's second accept at 100 are hidden from the public.
  const submissions = [s(1, 'A', 10, 'accepted'), s(2, 'A', 20, 'accepted'), s(2, 'B', 100, 'accepted'), s(3, 'A', 95, 'accepted'), s(3, 'B', 110, null)];
  const base = { rule: RULES.icpc, tasks, participants, submissions };

  it('the jury sees everything; unfinished submissions are pending', () => {
    const rows = computeBoard({ ...base, cutoffMs: null });
    expect(rows.map((r) => [r.login, r.rank, r.totals.solved])).toEqual([
      ['borya', 1, 2],
      ['anya', 2, 1],
      ['vera', 3, 1],
    ]);
    expect(rows[2].cells[1].pending).toBe(1);
  });

  it('the frozen board counts only what came before the freeze and shows the rest as pending', () => {
    const rows = computeBoard({ ...base, cutoffMs: min(90) });
    expect(rows.map((r) => [r.login, r.rank, r.totals.solved])).toEqual([
      ['anya', 1, 1],
      ['borya', 2, 1],
      ['vera', 3, 0],
    ]);
    expect(rows.find((r) => r.login === 'vera')).toMatchObject({ hidden: true });
    expect(rows.find((r) => r.login === 'vera')!.cells.map((c) => c.pending)).toEqual([1, 1]);
    expect(rows.find((r) => r.login === 'anya')!.hidden).toBe(false);
  });

  it('equal results share a place', () => {
    const rows = computeBoard({ ...base, submissions: [s(1, 'A', 10, 'accepted'), s(2, 'A', 10, 'accepted')], cutoffMs: null });
    expect(rows.map((r) => r.rank)).toEqual([1, 1, 3]);
  });

  it('reveals from the bottom: rows with nothing hidden pass, the lowest hidden row resolves', () => {
    const input = { ...base, cutoffMs: min(90) };
    const first = revealStep(input);
    expect(first.resolved).toBe(3); // Вера, at the bottom, has hidden results
    const after1 = computeBoard({ ...input, revealed: first.revealed });
    expect(after1.find((r) => r.login === 'vera')!.totals.solved).toBe(1);
    const second = revealStep({ ...input, revealed: first.revealed });
    // Аня (no hidden results) is passed on the way up to Боря.
    expect(second.resolved).toBe(2);
    expect(second.done).toBe(true);
    const final = computeBoard({ ...input, revealed: second.revealed });
    expect(final.map((r) => r.login)).toEqual(computeBoard({ ...base, cutoffMs: null }).map((r) => r.login));
  });
});
