/**
 * A task as the task page needs it. Never a hidden test's details, the bench or the solutions: the
 * view is built field by field from the loaded task, not by removing things. Used by the task page
 * and by a round's task page (with the participant's progress inside the round).
 */
import type { Task } from '../../../judge/task/index.ts';
import type { TaskView } from '../../shared/api.ts';
import type { Progress } from '../submissions/progress.ts';

export function taskView(task: Task, progress: Pick<Progress, 'status' | 'bestScore'>): TaskView {
  return {
    id: task.id,
    version: task.version,
    title: task.title,
    statement: task.statements,
    template: task.template,
    parts: task.parts,
    ...(task.scene ? { scene: task.scene } : {}),
    maxScore: task.points,
    difficulty: task.difficulty,
    tags: task.tags,
    limits: { simulatedMs: task.limits.simulatedMs, wallMs: task.limits.wallMs },
    tests: task.tests
      .filter((t) => !t.hidden)
      .map((t) => ({ id: t.id, index: t.index, title: t.title, points: t.points, hidden: false, ...(t.group ? { group: t.group } : {}) })),
    hiddenTests: task.tests.filter((t) => t.hidden).length,
    assetsBase: `/api/tasks/${encodeURIComponent(task.id)}/assets/`,
    status: progress.status,
    bestScore: progress.bestScore,
  };
}
