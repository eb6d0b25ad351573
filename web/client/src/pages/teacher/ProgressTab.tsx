/**
 * The live matrix: students × assigned tasks. The whole matrix arrives on joining the class's
 * socket room (and again after a reconnect); each finished submission sends its student's row.
 * A cell opens the student's best (or last) submission: code, results and traces.
 */
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressCell } from '../../../../shared/teaching.ts';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { formatTime } from '../SubmissionsPage.tsx';
import { teacherApi, watchClass, type ClassProgress } from './api.ts';

export function ProgressTab({ classId }: { classId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const [state, setState] = useState<ClassProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    // HTTP first (works even when WebSockets are blocked), the socket room then keeps it fresh.
    teacherApi.progress(classId).then(
      (p) => alive && setState((s) => s ?? p),
      (e: unknown) => alive && setError(e),
    );
    const watch = watchClass(classId, {
      onState: (p) => {
        if (!alive) return;
        setState(p);
        setLive(true);
        setError(null);
      },
      onRow: ({ row }) => {
        if (!alive) return;
        setState((s) => {
          if (!s) return s;
          const i = s.rows.findIndex((r) => r.student.id === row.student.id);
          // Rows computed at submit time and at finish time may arrive out of order: keep the fresher.
          if (i >= 0 && freshness(row) < freshness(s.rows[i])) return s;
          const rows = i < 0 ? [...s.rows, row] : s.rows.map((r, j) => (j === i ? row : r));
          return { ...s, rows };
        });
        setFlash(row.student.id);
      },
      onError: () => alive && setLive(false),
    });
    return () => {
      alive = false;
      watch.close();
    };
  }, [classId]);

  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), 2500);
    return () => clearTimeout(timer);
  }, [flash]);

  if (error !== null && !state) return <ErrorNote error={error} />;
  if (!state) return <p className="muted">{t('common.loading')}</p>;

  const groups = state.assignments.filter((a) => a.taskIds.length > 0);
  const now = new Date().toISOString();
  return (
    <div>
      <div className="matrix-bar">
        <span className={live ? 'live-dot on' : 'live-dot'} data-testid="live-state" data-live={live ? '1' : '0'}>
          {live ? t('teacher.progress.live') : t('teacher.progress.offline')}
        </span>
        <a className="btn btn-small" href={teacherApi.csvUrl(classId, lang)} download data-testid="csv">
          {t('teacher.progress.csv')}
        </a>
      </div>
      {state.rows.length === 0 && <p className="card muted">{t('teacher.progress.noStudents')}</p>}
      {state.columns.length === 0 && <p className="card muted">{t('teacher.progress.noAssignments')}</p>}
      {state.rows.length > 0 && state.columns.length > 0 && (
        <>
          <div className="matrix-wrap">
            <table className="matrix" data-testid="matrix">
              <thead>
                <tr>
                  <th rowSpan={2} className="matrix-name">
                    {t('teacher.progress.student')}
                  </th>
                  {groups.map((a) => (
                    <th key={a.id} colSpan={a.taskIds.length} className="matrix-group">
                      {/* Sticky inside a wide header, so a long course's title stays in view while scrolling. */}
                      <span className="matrix-group-title">
                        {pick(a.title, lang)}
                        {a.deadline && <span className="muted small"> · {t('teacher.progress.due', { time: formatTime(a.deadline, lang) })}</span>}
                      </span>
                    </th>
                  ))}
                  <th rowSpan={2}>{t('teacher.progress.total')}</th>
                  <th rowSpan={2}>{t('teacher.progress.solved')}</th>
                </tr>
                <tr>
                  {state.columns.map((c) => (
                    <th key={`${c.assignmentId}|${c.taskId}`} className="matrix-task" title={c.taskId}>
                      {pick(c.title, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.rows.map((row) => (
                  <tr key={row.student.id} className={flash === row.student.id ? 'flash' : ''} data-testid="matrix-row" data-login={row.student.login}>
                    <th className="matrix-name">
                      {row.student.name}
                      <div className="muted small">{row.student.login}</div>
                    </th>
                    {row.cells.map((cell, i) => (
                      <Fragment key={i}>
                        <Cell cell={cell} maxScore={state.columns[i].maxScore} deadline={state.columns[i].deadline} now={now} lang={lang} />
                      </Fragment>
                    ))}
                    <td className="num matrix-total" data-testid="row-total">
                      {row.total}
                    </td>
                    <td className="num">{row.solved}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('teacher.progress.legend')}</p>
        </>
      )}
    </div>
  );
}

/** Grows with every attempt and every finished judging, so a stale row never replaces a newer one. */
export function freshness(row: ClassProgress['rows'][number]): number {
  return row.cells.reduce((sum, c) => sum + 2 * c.attempts + (c.pending ? 0 : 1), 0);
}

function Cell({ cell, maxScore, deadline, now, lang }: { cell: ProgressCell; maxScore: number; deadline: string | null; now: string; lang: 'ru' | 'en' }) {
  const { t } = useTranslation();
  const overdue = cell.attempts === 0 && deadline !== null && deadline < now;
  const target = cell.bestSubmissionId ?? cell.lastSubmissionId;
  const title = [
    cell.lastAt ? t('teacher.progress.last', { time: formatTime(cell.lastAt, lang) }) : '',
    cell.late ? t('teacher.progress.lateTitle', { score: cell.onTimeScore ?? t('teacher.progress.lateNone') }) : '',
    overdue ? t('teacher.progress.overdue') : '',
  ]
    .filter(Boolean)
    .join('\n');
  const body = (
    <>
      <span className="cell-score">
        {cell.status === 'solved' ? '✓ ' : ''}
        {cell.bestScore ?? (cell.attempts ? '0' : '—')}
        {cell.status !== 'solved' && cell.bestScore !== null && <span className="muted">/{maxScore}</span>}
      </span>
      <span className="cell-meta">
        {cell.pending ? t('teacher.progress.pending') : cell.attempts ? t('teacher.progress.attempts', { n: cell.attempts }) : ''}
        {cell.late && <span className="late-mark"> {t('teacher.progress.late')}</span>}
      </span>
    </>
  );
  return (
    <td
      className={`matrix-cell cell-${cell.status}${cell.late ? ' cell-late' : ''}${overdue ? ' cell-overdue' : ''}`}
      title={title || undefined}
      data-testid="cell"
      data-task={cell.taskId}
      data-status={cell.status}
      data-score={cell.bestScore ?? ''}
      data-late={cell.late ? '1' : '0'}
    >
      {target ? (
        <Link className="cell-body" href={`/submissions/${encodeURIComponent(target)}`} aria-label={t('teacher.progress.open')}>
          {body}
        </Link>
      ) : (
        <div className="cell-body">{body}</div>
      )}
    </td>
  );
}
