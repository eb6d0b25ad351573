import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionView, TestInfo } from '../api/types.ts';
import { pick } from '../i18n/index.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { testRows, type TestRow } from './submissionState.ts';
import { TestDetails } from './TestDetails.tsx';
import { VerdictLabel } from './VerdictLabel.tsx';

/**
 * The live judging of one submission: a status line, then one row per test that fills in as
 * results arrive. Rows exist from the start (space reserved), so nothing jumps while streaming.
 */
export function JudgePanel({
  view,
  error,
  expected,
  hiddenCount,
  scene,
}: {
  view: SubmissionView | null;
  error: unknown;
  expected: TestInfo[];
  hiddenCount: number;
  /** The task's robot scene, for drawing recorded runs. */
  scene?: unknown;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const [open, setOpen] = useState<string | null>(null);
  const rows = testRows(view, expected, hiddenCount);
  const firstFailed = rows.find((r) => r.result && r.result.verdict !== 'accepted' && !r.result.hidden);
  // The first failed test opens by itself once judging is over (not while rows are still filling).
  const openId = open ?? (view?.state === 'finished' ? (firstFailed?.result?.id ?? null) : null);

  return (
    <div className="judge-panel" data-testid="judge-panel">
      {error !== null && error !== undefined && <ErrorNote error={error} />}
      <div className={`judge-status ${view?.state === 'finished' ? `verdict-box-${view.verdict}` : ''}`} data-testid="judge-status">
        {!view ? (
          <span className="muted">{t('common.loading')}</span>
        ) : view.state === 'queued' ? (
          <span>{view.queuePosition ? t('judge.queuedPos', { n: view.queuePosition }) : t('judge.queued')}</span>
        ) : view.state === 'compiling' ? (
          <span>{t('judge.compiling')}…</span>
        ) : view.state === 'running' ? (
          <span>
            {t('judge.running')}… {view.results.length} / {rows.length}
          </span>
        ) : (
          <>
            <VerdictLabel verdict={view.verdict ?? 'judge-error'} />
            <span className="judge-score" data-testid="judge-score">
              {t('judge.score', { score: view.score ?? 0, max: view.maxScore ?? 0 })}
            </span>
          </>
        )}
      </div>
      <ol className="test-list">
        {rows.map((row) => (
          <TestRowView
            key={row.index}
            row={row}
            lang={lang}
            submissionId={view?.id}
            scene={scene}
            open={!!row.result && openId === row.result.id}
            finished={view?.state === 'finished'}
            onToggle={() => row.result && setOpen(openId === row.result.id ? '' : row.result.id)}
          />
        ))}
      </ol>
      {/* The summary and any compile errors go below the rows, so the rows never move when they arrive. */}
      {view?.message && <p className="test-message">{pick(view.message, lang)}</p>}
      {view?.compile && !view.compile.ok && (
        <ul className="plain-diagnostics">
          {view.compile.diagnostics.slice(0, 10).map((d, i) => (
            <li key={i} className={`diag-${d.severity}`}>
              {d.line}:{d.column} {d.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TestRowView({
  row,
  lang,
  submissionId,
  scene,
  open,
  finished,
  onToggle,
}: {
  row: TestRow;
  finished: boolean;
  lang: 'ru' | 'en';
  submissionId: string | undefined;
  scene?: unknown;
  open: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation();
  const r = row.result;
  const title = row.info && !row.info.hidden ? pick(row.info.title, lang) : t('judge.hidden');
  const canOpen = !!r && r.verdict !== 'accepted' && !r.hidden;
  return (
    <li className={`test-row test-${row.state} ${r ? `test-${r.verdict}` : ''}`} data-testid="test-row">
      <button type="button" className="test-head" onClick={onToggle} disabled={!canOpen} aria-expanded={open}>
        <span className="test-n">{row.index + 1}</span>
        <span className="test-title">{title}</span>
        <span className="test-verdict">
          {r ? <VerdictLabel verdict={r.verdict} short /> : row.state === 'running' ? (
            <span className="spinner" aria-label={t('judge.running')} />
          ) : (
            // A finished submission with no result for a test (e.g. a compile error): it was not run.
            <span className="muted">{finished ? t('judge.notRun') : t('judge.waiting')}</span>
          )}
        </span>
        <span className="test-points">{r ? `${r.points}/${r.maxPoints}` : row.info ? `·/${row.info.points}` : ''}</span>
      </button>
      {open && r && submissionId && <TestDetails submissionId={submissionId} result={r} scene={scene} />}
    </li>
  );
}
