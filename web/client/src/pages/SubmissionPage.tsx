import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { useAsync } from '../ui/useAsync.ts';
import { pick } from '../i18n/index.ts';
import { JudgePanel } from '../results/JudgePanel.tsx';
import { useSubmission } from '../results/useSubmission.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { Link } from '../ui/Link.tsx';
import { formatTime } from './SubmissionsPage.tsx';

/** One earlier attempt: its code (read-only) beside its results, live if it is still being judged. */
export function SubmissionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const { view, error } = useSubmission(id);
  // The task's scene lets a robot task's recorded run be drawn on its field.
  const taskId = view?.taskId;
  const task = useAsync(() => (taskId ? api.task(taskId) : Promise.resolve(null)), [taskId]);
  if (error && !view) return <ErrorNote error={error} />;
  if (!view) return <p className="muted center">{t('common.loading')}</p>;
  return (
    <div className="submission-page">
      <div className="task-head">
        <h1>{t('submissions.title1', { id })}</h1>
        <span className="muted">
          {view.taskTitle ? pick(view.taskTitle, lang) : view.taskId} · {formatTime(view.createdAt, lang)}
        </span>
        <Link className="btn btn-small" href={`/tasks/${encodeURIComponent(view.taskId)}`}>
          {t('submissions.back')}
        </Link>
      </div>
      <div className="submission-grid">
        <section className="card">
          <h2>{t('submissions.code')}</h2>
          <pre className="code-view">
            {view.source.split('\n').map((line, i) => (
              <div key={i}>
                <span className="ln">{i + 1}</span>
                {line || ' '}
              </div>
            ))}
          </pre>
        </section>
        <section className="card">
          <h2>{t('task.results')}</h2>
          <JudgePanel view={view} error={null} expected={view.tests} hiddenCount={0} scene={task.data?.scene} />
        </section>
      </div>
    </div>
  );
}
