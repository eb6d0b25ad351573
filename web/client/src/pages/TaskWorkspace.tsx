import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Diagnostic, TaskView } from '../api/types.ts';
import { CodeEditor } from '../editor/CodeEditor.tsx';
import { useSketch } from '../editor/useSketch.ts';
import { diagnosticsToMarkers } from '../editor/markers.ts';
import { pick } from '../i18n/index.ts';
import { JudgePanel } from '../results/JudgePanel.tsx';
import { useSubmission } from '../results/useSubmission.ts';
import { SimulatorPanel } from '../sim/SimulatorPanel.tsx';
import { useSimulator } from '../sim/useSimulator.ts';
import { errorMessage } from '../ui/ErrorNote.tsx';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { useTitle } from '../ui/useTitle.ts';
import { Statement } from './Statement.tsx';
import { useShortcuts } from './useShortcuts.ts';

type Note = { kind: 'ok' | 'error' | 'info'; text: string } | null;

/**
 * The task page: statement and judging on the left, the editor in the middle, the simulator on the
 * right — all visible at once on a 1366×768 screen.
 */
export function TaskWorkspace({ task, submitTo, readOnly }: { task: TaskView; /** A round's page submits into the round (pages/contest). */ submitTo?: (source: string) => Promise<{ id: string }>; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  useTitle(pick(task.title, lang));
  const [source, setSource] = useSketch(task.id, task.template);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  const [note, setNote] = useState<Note>(null);
  const [compiling, setCompiling] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [tab, setTab] = useState<'statement' | 'results'>('statement');
  const [submissionId, setSubmissionId] = useState<string | null>(null);
  const submission = useSubmission(submissionId);
  const sim = useSimulator();
  // Run and Submit read the code through a ref updated on every change, so a shortcut pressed right
  // after a paste sends the pasted code, not the one from the last render.
  const sourceRef = useRef(source);
  const onEdit = useCallback(
    (next: string) => {
      sourceRef.current = next;
      setSource(next);
    },
    [setSource],
  );

  // Show the latest earlier attempt's results, so coming back to a task shows where one left off.
  useEffect(() => {
    api.submissions(task.id).then(
      (list) => list[0] && setSubmissionId((id) => id ?? list[0].id),
      () => undefined,
    );
  }, [task.id]);

  const run = useCallback(async () => {
    if (compiling) return;
    setCompiling(true);
    setDiagnostics([]);
    setNote({ kind: 'info', text: t('task.compiling') });
    try {
      const r = await api.compile(sourceRef.current, task.id);
      if (!r.ok) {
        setDiagnostics(r.errors);
        const errors = r.errors.filter((d) => d.severity === 'error');
        // Name the line the squiggle is on (a missing ';' is shown where it belongs).
        const first =
          errors[0] && errors[0].file.endsWith('sketch.ino')
            ? { ...errors[0], line: diagnosticsToMarkers([errors[0]], sourceRef.current.split('\n'))[0].startLineNumber }
            : errors[0];
        // The first error in words as well as underlined: it is usually the one to fix.
        const text =
          r.message && r.failure !== 'compile-error'
            ? pick(r.message, lang)
            : `${t('task.compileFailed', { n: errors.length || 1 })}${first ? ` ${t('task.firstError', { line: first.line, message: first.message })}` : ''}`;
        setNote({ kind: 'error', text });
        return;
      }
      setDiagnostics(r.warnings);
      setNote({ kind: 'ok', text: t('task.compileOk', { flash: r.flashBytes ?? '?' }) });
      sim.run({ hex: r.hex ?? '', parts: task.parts, scene: task.scene, stackLimit: r.stackLimit });
    } catch (error) {
      setNote({ kind: 'error', text: errorMessage(error, t) });
    } finally {
      setCompiling(false);
    }
  }, [compiling, lang, sim, t, task]);

  const submit = useCallback(async () => {
    if (submitting) return;
    setSubmitting(true);
    setDiagnostics([]);
    try {
      const { id } = submitTo ? await submitTo(sourceRef.current) : await api.submit(task.id, sourceRef.current);
      setSubmissionId(id);
      setTab('results');
      setNote(null);
    } catch (error) {
      setNote({ kind: 'error', text: errorMessage(error, t) });
    } finally {
      setSubmitting(false);
    }
  }, [submitting, t, task.id, submitTo]);

  useShortcuts(run, submit);

  // Compile errors from a submission land in the editor too.
  const judged = submission.view?.compile;
  useEffect(() => {
    if (judged && !judged.ok) setDiagnostics(judged.diagnostics);
  }, [judged]);

  // The badge follows the latest verdict without reloading the task: solved stays solved.
  const latest = submission.view;
  const status: TaskView['status'] =
    task.status === 'solved' || (latest?.state === 'finished' && latest.score !== null && latest.score >= (latest.maxScore ?? Infinity))
      ? 'solved'
      : latest || task.status === 'tried'
        ? 'tried'
        : 'none';

  return (
    <div className="workspace">
      <section className="pane pane-left">
        <div className="task-head">
          <h1>{pick(task.title, lang)}</h1>
          <StatusBadge status={status} />
        </div>
        <Tabs
          value={tab}
          onChange={setTab}
          tabs={[
            { value: 'statement', label: t('task.statement') },
            { value: 'results', label: t('task.results') },
          ]}
        />
        <div className="pane-scroll">
          {tab === 'statement' ? (
            <Statement markdown={pick(task.statement, lang)} assetsBase={task.assetsBase} />
          ) : submissionId ? (
            <JudgePanel key={submissionId} view={submission.view} error={submission.error} expected={task.tests} hiddenCount={task.hiddenTests} scene={task.scene} />
          ) : (
            <p className="muted">{t('judge.nothingYet')}</p>
          )}
        </div>
      </section>
      <section className="pane pane-editor">
        <div className="editor-toolbar">
          <button type="button" className="btn btn-run btn-big" onClick={() => void run()} disabled={compiling} title="Ctrl+Enter" data-testid="run">
            ▶ {compiling ? t('task.compiling') : t('task.run')}
          </button>
          <button type="button" className="btn btn-primary btn-big" onClick={() => void submit()} disabled={submitting || readOnly} title="Ctrl+Shift+Enter" data-testid="submit">
            ✓ {t('task.submit')}
          </button>
          <button
            type="button"
            className="btn btn-small toolbar-end"
            title={t('task.restoreTitle')}
            onClick={() => window.confirm(t('task.restoreConfirm')) && onEdit(task.template)}
          >
            ↺ {t('task.restoreTemplate')}
          </button>
        </div>
        <div className={`compile-note ${note ? `note-${note.kind}` : ''}`} role="status" data-testid="compile-note">
          {note?.text ?? t('task.shortcuts')}
        </div>
        <CodeEditor value={source} onChange={onEdit} diagnostics={diagnostics} path={`task-${task.id}/sketch.ino`} />
      </section>
      <section className="pane pane-sim">
        <SimulatorPanel sim={sim} parts={task.parts} scene={task.scene} />
      </section>
    </div>
  );
}
