import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { navigate } from '../app/router.ts';
import { pick } from '../i18n/index.ts';
import { VerdictLabel } from '../results/VerdictLabel.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { Link } from '../ui/Link.tsx';
import { useAsync } from '../ui/useAsync.ts';
import { useTitle } from '../ui/useTitle.ts';

export function formatTime(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'en' ? 'en-GB' : 'ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}

export function SubmissionsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const list = useAsync(() => api.submissions(), []);
  useTitle(t('submissions.title'));
  return (
    <div className="narrow">
      <h1>{t('submissions.title')}</h1>
      {list.error !== undefined && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <p className="muted">{t('common.loading')}</p>}
      {list.data?.length === 0 && <p className="card muted">{t('submissions.empty')}</p>}
      {!!list.data?.length && (
        <table className="table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('submissions.task')}</th>
              <th>{t('submissions.verdict')}</th>
              <th>{t('submissions.score')}</th>
              <th>{t('submissions.time')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((s) => (
              <tr key={s.id} className="clickable" onClick={() => navigate(`/submissions/${encodeURIComponent(s.id)}`)}>
                <td>
                  <Link href={`/submissions/${encodeURIComponent(s.id)}`}>{s.id}</Link>
                </td>
                <td>{s.taskTitle ? pick(s.taskTitle, lang) : s.taskId}</td>
                <td>{s.verdict ? <VerdictLabel verdict={s.verdict} /> : <span className="verdict verdict-pending">{t('verdict.pending')}</span>}</td>
                <td className="num">{s.score !== null ? `${s.score} / ${s.maxScore ?? '?'}` : '—'}</td>
                <td className="muted">{formatTime(s.createdAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
