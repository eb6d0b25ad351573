import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { TaskSummary } from '../api/types.ts';
import { pick } from '../i18n/index.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { Link } from '../ui/Link.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { JoinClass } from './JoinClass.tsx';
import { StudentAssignments } from './teacher/StudentAssignments.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { useTitle } from '../ui/useTitle.ts';

export function CoursesPage() {
  const { t, i18n } = useTranslation();
  const courses = useAsync(() => api.courses(), []);
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  useTitle(t('courses.title'));

  return (
    <div className="narrow">
      <h1>{t('courses.title')}</h1>
      {courses.error !== undefined && <ErrorNote error={courses.error} onRetry={courses.reload} />}
      {courses.loading && !courses.data && <p className="muted">{t('common.loading')}</p>}
      {courses.data?.length === 0 && <p className="card muted">{t('courses.empty')}</p>}
      <StudentAssignments />
      {courses.data?.map((course) => {
        const all = course.modules.flatMap((m) => m.tasks);
        const solved = all.filter((task) => task.status === 'solved').length;
        return (
          <section key={course.id} className="course">
            <div className="course-head">
              <h2>{pick(course.title, lang)}</h2>
              <span className="progress-label">{t('courses.solvedOf', { solved, total: all.length })}</span>
            </div>
            <div className="progress" aria-hidden="true">
              <div style={{ width: `${all.length ? (100 * solved) / all.length : 0}%` }} />
            </div>
            {course.description && <p className="muted">{pick(course.description, lang)}</p>}
            {course.modules.map((module, i) => (
              <div key={module.id} className="module">
                <h3>
                  <span className="module-n">{t('courses.module', { n: i + 1 })}</span> {pick(module.title, lang)}
                </h3>
                <ul className="task-list">
                  {module.tasks.map((task) => (
                    <TaskRow key={task.id} task={task} lang={lang} />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
      <JoinClass onJoined={courses.reload} />
    </div>
  );
}

function TaskRow({ task, lang }: { task: TaskSummary; lang: 'ru' | 'en' }) {
  return (
    <li>
      <Link href={`/tasks/${encodeURIComponent(task.id)}`} className={`task-row status-${task.status}`}>
        <StatusBadge status={task.status} />
        <span className="task-title">{pick(task.title, lang)}</span>
        {/* Always present, so the score column stays aligned when a task has no difficulty. */}
        <span className="stars" aria-hidden="true">
          {task.difficulty !== undefined && '★'.repeat(Math.min(5, task.difficulty)) + '☆'.repeat(Math.max(0, 3 - task.difficulty))}
        </span>
        <span className="task-score">
          {task.bestScore ?? '—'} / {task.maxScore}
        </span>
      </Link>
    </li>
  );
}
