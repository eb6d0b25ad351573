/**
 * On a student's courses page: what the teachers of their classes assigned, by when, and where
 * they stand. Small and in the main bundle (the rest of pages/teacher is a lazy chunk).
 */
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client.ts';
import type { MyAssignmentsResponse } from '../../../../shared/teaching.ts';
import { pick } from '../../i18n/index.ts';
import { Link } from '../../ui/Link.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { formatTime } from '../SubmissionsPage.tsx';

export function StudentAssignments() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const list = useAsync(() => request<MyAssignmentsResponse>('GET', '/api/me/assignments'), []);
  const items = list.data?.assignments ?? [];
  if (items.length === 0) return null;
  const now = new Date().toISOString();
  return (
    <section className="course my-assignments" data-testid="my-assignments">
      <h2>{t('teacher.mine.title')}</h2>
      {items.map((a) => {
        const solved = a.tasks.filter((x) => x.status === 'solved').length;
        const overdue = a.deadline !== null && a.deadline < now && solved < a.tasks.length;
        return (
          <div key={a.id} className="module">
            <div className="course-head">
              <h3>
                {pick(a.title, lang)} <span className="module-n">· {a.className}</span>
              </h3>
              <span className={overdue ? 'badge badge-tried' : 'progress-label'}>
                {a.deadline
                  ? overdue
                    ? t('teacher.mine.overdue', { time: formatTime(a.deadline, lang) })
                    : t('teacher.mine.due', { time: formatTime(a.deadline, lang) })
                  : t('teacher.mine.noDeadline')}
              </span>
            </div>
            <p className="muted">{t('teacher.mine.solvedOf', { solved, total: a.tasks.length })}</p>
            {/* A course assignment lists the course below already; a task set lists its tasks here. */}
            {a.tasks.length <= 12 && (
              <ul className="task-list">
                {a.tasks.map((task) => (
                  <li key={task.id}>
                    <Link href={`/tasks/${encodeURIComponent(task.id)}`} className={`task-row status-${task.status}`}>
                      <StatusBadge status={task.status} />
                      <span className="task-title">{pick(task.title, lang)}</span>
                      <span />
                      <span className="task-score">
                        {task.bestScore ?? '—'} / {task.maxScore}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
