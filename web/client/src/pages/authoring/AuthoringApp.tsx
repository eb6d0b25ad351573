/**
 * Task authoring, one lazy chunk (App.tsx loads it with React.lazy), so a student never downloads
 * it. Paths: /authoring (my tasks, create, import zip), /authoring/tasks/:id (the editor: statement
 * ru/en with preview, wiring and parts, bench, template, solutions, task.yaml, «Check task» with live
 * results, versions with the rejudge preview).
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDocument, stringify } from 'yaml';
import { connection } from '../../api/socket.ts';
import { navigate } from '../../app/router.ts';
import { useSession } from '../../app/session.ts';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { NotFoundCard } from '../../ui/NotFoundCard.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { Statement } from '../Statement.tsx';
import type { AuthoredTaskDetail, AuthoringEvent, RejudgeResponse, ValidateResponse } from '../../../../shared/authoring.ts';
import { authoringApi } from './api.ts';
import { SourceEditor } from './SourceEditor.tsx';
import './authoring.css';

const VERDICTS = ['accepted', 'wrong', 'compile-error', 'too-large', 'crashed', 'time-limit', 'judge-error'] as const;
type Verdict = (typeof VERDICTS)[number];

export default function AuthoringApp({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me || (me.role !== 'teacher' && me.role !== 'admin')) return <NotFoundCard />;
  if (rest[0] === 'tasks' && rest[1]) return <EditorPage key={rest[1]} id={rest[1]} />;
  return <ListPage admin={me.role === 'admin'} />;
}

function ListPage({ admin }: { admin: boolean }) {
  const { t, i18n } = useTranslation();
  const list = useAsync(() => authoringApi.list(), []);
  const [id, setId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const title = admin ? t('authoring.list.titleAdmin') : t('authoring.list.title');
  useTitle(title);
  const lang = i18n.language === 'en' ? 'en' : 'ru';

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const made = await authoringApi.create(id.trim());
      navigate(`/authoring/tasks/${encodeURIComponent(made.id)}`);
    } catch (e) {
      setError(e);
    }
  }

  async function importZip(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      const made = await authoringApi.importZip(file);
      setNote(t('authoring.list.imported', { id: made.id }));
      list.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="narrow authoring">
      <h1>{title}</h1>
      <form className="authoring-create" onSubmit={create}>
        <label>
          {t('authoring.list.newId')}
          <input value={id} onChange={(e) => setId(e.target.value)} placeholder="led-blink-2" pattern="[a-z0-9][a-z0-9-]{1,62}" title={t('authoring.list.idHint')} required />
        </label>
        <button className="btn btn-primary" type="submit">
          {t('authoring.list.create')}
        </button>
        <label className="btn">
          {t('authoring.list.import')}
          <input type="file" accept=".zip,application/zip" hidden data-testid="import-zip" onChange={(e) => void importZip(e.target.files?.[0])} />
        </label>
      </form>
      {error !== null && <ErrorNote error={error} />}
      {note && <p className="note">{note}</p>}
      {list.error !== undefined && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.data?.length === 0 && <p className="card muted">{t('authoring.list.empty')}</p>}
      <ul className="authoring-list">
        {list.data?.map((task) => (
          <li key={task.id} className="card" data-testid="authored-task">
            <Link href={`/authoring/tasks/${encodeURIComponent(task.id)}`}>
              <strong>{task.title ? task.title[lang] : task.id}</strong> <code>{task.id}</code>
            </Link>{' '}
            <span className="muted">
              {task.publishedNumber === null ? t('authoring.list.draft') : t('authoring.list.published', { n: task.publishedNumber })}
              {task.publishedNumber !== null && task.changed ? ` · ${t('authoring.list.changed')}` : ''}
              {admin ? ` · ${t('authoring.list.owner', { name: task.ownerName })}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

type Tab = 'statement' | 'scene' | 'bench' | 'template' | 'solutions' | 'meta' | 'check' | 'versions';

interface SolutionRow {
  file: string;
  label: string;
  verdict: Verdict;
  score: string;
}

/** The solution list: solutions.yaml, or the `solutions` key of task.yaml. */
function solutionsOf(files: Record<string, string>): SolutionRow[] {
  const source = files['solutions.yaml'] ?? files['task.yaml'] ?? '';
  const doc = parseDocument(source);
  if (doc.errors.length) return [];
  const js = doc.toJS() as unknown;
  const list = Array.isArray(js) ? js : ((js as { solutions?: unknown } | null)?.solutions ?? []);
  if (!Array.isArray(list)) return [];
  return list.map((s: { file?: unknown; label?: unknown; expect?: { verdict?: unknown; score?: unknown } }) => ({
    file: String(s?.file ?? ''),
    label: typeof s?.label === 'string' ? s.label : '',
    verdict: (VERDICTS as readonly string[]).includes(String(s?.expect?.verdict)) ? (s.expect!.verdict as Verdict) : 'wrong',
    score: typeof s?.expect?.score === 'number' ? String(s.expect.score) : '',
  }));
}

/** Writes the list as solutions.yaml (and takes it out of task.yaml, so there is one list). */
function withSolutions(files: Record<string, string>, rows: SolutionRow[]): Record<string, string> {
  const out = { ...files };
  out['solutions.yaml'] = stringify(
    rows.map((r) => ({ file: r.file, expect: r.score.trim() === '' ? { verdict: r.verdict } : { verdict: r.verdict, score: Number(r.score) }, ...(r.label ? { label: r.label } : {}) })),
  );
  const doc = parseDocument(out['task.yaml'] ?? '');
  if (!doc.errors.length && doc.has('solutions')) {
    doc.delete('solutions');
    out['task.yaml'] = doc.toString();
  }
  return out;
}

function EditorPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const loaded = useAsync(() => authoringApi.get(id), [id]);
  const [detail, setDetail] = useState<AuthoredTaskDetail | null>(null);
  const [files, setFiles] = useState<Record<string, string> | null>(null);
  const [dirty, setDirty] = useState(false);
  const [tab, setTab] = useState<Tab>('statement');
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  useTitle(id);

  useEffect(() => {
    if (loaded.data) {
      setDetail(loaded.data);
      setFiles(loaded.data.files);
      setDirty(false);
    }
  }, [loaded.data]);

  if (loaded.error !== undefined) return <ErrorNote error={loaded.error} onRetry={loaded.reload} />;
  if (!files || !detail) return <p className="muted">{t('authoring.editor.loading')}</p>;

  const edit = (path: string, value: string) => {
    setFiles((f) => ({ ...f!, [path]: value }));
    setDirty(true);
  };

  async function save(): Promise<boolean> {
    setError(null);
    try {
      const d = await authoringApi.save(id, files!);
      setDetail(d);
      setDirty(false);
      setNote(t('authoring.editor.saved'));
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  async function check() {
    if (dirty && !(await save())) return;
    setError(null);
    try {
      const { jobId } = await authoringApi.check(id);
      setJobId(jobId);
      setTab('check');
    } catch (e) {
      setError(e);
    }
  }

  async function publish() {
    if (dirty && !(await save())) return;
    setError(null);
    try {
      const r = await authoringApi.publish(id);
      setNote(t('authoring.editor.publishedAs', { n: r.number }));
      setDetail(await authoringApi.get(id));
    } catch (e) {
      setError(e);
    }
  }

  const tabs: { value: Tab; label: string }[] = (['statement', 'scene', 'bench', 'template', 'solutions', 'meta', 'check', 'versions'] as const).map((value) => ({ value, label: t(`authoring.tabs.${value}`) }));

  return (
    <div className="authoring authoring-editor">
      <div className="authoring-toolbar">
        <Link href="/authoring">{t('authoring.editor.back')}</Link>
        <h1>
          <code>{id}</code>
        </h1>
        <span className="muted" data-testid="save-state">
          {dirty ? t('authoring.editor.unsaved') : note}
        </span>
        <button className="btn" type="button" onClick={() => void save()} disabled={!dirty}>
          {t('authoring.editor.save')}
        </button>
        <button className="btn btn-primary" type="button" onClick={() => void check()}>
          {t('authoring.editor.check')}
        </button>
        <button className="btn" type="button" onClick={() => void publish()}>
          {t('authoring.editor.publish')}
        </button>
        <a className="btn" href={authoringApi.exportUrl(id)} download={`${id}.zip`}>
          {t('authoring.editor.export')}
        </a>
      </div>
      {error !== null && <ErrorNote error={error} />}
      <Tabs value={tab} onChange={setTab} tabs={tabs} />
      <div className="authoring-pane">
        {tab === 'statement' && <StatementTab id={id} files={files} edit={edit} />}
        {tab === 'scene' && <SceneTab id={id} dirty={dirty} save={save} />}
        {tab === 'bench' && <SourceEditor testId="bench-editor" path={`${id}/bench.ts`} language="typescript" value={files['bench.ts'] ?? ''} onChange={(v) => edit('bench.ts', v)} />}
        {tab === 'template' && <SourceEditor testId="template-editor" path={`${id}/template.ino`} language="cpp" value={files['template.ino'] ?? ''} onChange={(v) => edit('template.ino', v)} />}
        {tab === 'solutions' && (
          <SolutionsTab
            id={id}
            files={files}
            setFiles={(f) => {
              setFiles(f);
              setDirty(true);
            }}
          />
        )}
        {tab === 'meta' && <SourceEditor testId="meta-editor" path={`${id}/task.yaml`} language="yaml" value={files['task.yaml'] ?? ''} onChange={(v) => edit('task.yaml', v)} />}
        {tab === 'check' && <CheckTab jobId={jobId} />}
        {tab === 'versions' && <VersionsTab id={id} detail={detail} />}
      </div>
    </div>
  );
}

function StatementTab({ id, files, edit }: { id: string; files: Record<string, string>; edit: (path: string, value: string) => void }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<'ru' | 'en'>('ru');
  const path = `statement.${lang}.md`;
  return (
    <div>
      <Tabs small value={lang} onChange={setLang} tabs={[{ value: 'ru', label: t('authoring.statement.ru') }, { value: 'en', label: t('authoring.statement.en') }]} />
      <div className="authoring-split">
        <textarea className="authoring-markdown" aria-label={path} data-testid={`statement-${lang}`} spellCheck value={files[path] ?? ''} onChange={(e) => edit(path, e.target.value)} />
        <div className="authoring-preview" data-testid="statement-preview">
          <div className="muted">{t('authoring.statement.preview')}</div>
          {/* Pictures come from the saved working copy (wiring.svg from the bench's parts). */}
          <Statement markdown={files[path] ?? ''} assetsBase={`/api/authoring/tasks/${encodeURIComponent(id)}/assets/`} />
        </div>
      </div>
    </div>
  );
}

function SceneTab({ id, dirty, save }: { id: string; dirty: boolean; save: () => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const [result, setResult] = useState<ValidateResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function load() {
    setBusy(true);
    setError(null);
    try {
      if (dirty && !(await save())) return;
      setResult(await authoringApi.validate(id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  useEffect(() => void load(), []);
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <div className="authoring-scene">
      <p className="muted">{t('authoring.scene.hint')}</p>
      <button className="btn" type="button" onClick={() => void load()} disabled={busy}>
        {t('authoring.scene.refresh')}
      </button>
      {error !== null && <ErrorNote error={error} />}
      {result && !result.ok && (
        <div className="note note-error" data-testid="load-problems">
          <p>{t('authoring.scene.problems')}</p>
          <ul>
            {result.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code>
                {p.field ? ` [${p.field}]` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.ok && (
        <div className="authoring-split">
          <div className="authoring-wiring" dangerouslySetInnerHTML={{ __html: sanitizeSvg(result.wiringSvg) }} />
          <div>
            <h3>{t('authoring.scene.parts')}</h3>
            <ul>
              {(result.parts as { kind: string; id: string; pins: Record<string, string> }[]).map((p) => (
                <li key={p.id}>
                  <code>{p.id}</code> — {p.kind} ({Object.entries(p.pins).map(([k, v]) => `${k}: ${v}`).join(', ')})
                </li>
              ))}
            </ul>
            {result.scene !== undefined && (
              <>
                <h3>{t('authoring.scene.scene')}</h3>
                <code>{(result.scene as { kind?: string }).kind}</code>
              </>
            )}
            <h3>{t('authoring.scene.tests')}</h3>
            <ol>
              {result.tests.map((test) => (
                <li key={test.id}>
                  {test.title[lang]} — {test.points}
                  {test.hidden ? ` (${t('authoring.scene.hidden')})` : ''}
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </div>
  );
}

/** The wiring picture is generated by the server from the parts; scripts and handlers are dropped anyway. */
function sanitizeSvg(svg: string): string {
  return svg.replace(/<script[\s\S]*?<\/script>/gi, '').replace(/\son\w+="[^"]*"/gi, '');
}

function SolutionsTab({ id, files, setFiles }: { id: string; files: Record<string, string>; setFiles: (f: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const rows = useMemo(() => solutionsOf(files), [files]);
  const [selected, setSelected] = useState(0);
  const current = rows[selected];
  const update = (i: number, patch: Partial<SolutionRow>) => {
    const next = rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
    let f = withSolutions(files, next);
    if (patch.file !== undefined && rows[i] && patch.file !== rows[i]!.file) {
      f = { ...f, [patch.file]: f[rows[i]!.file] ?? '' };
      delete f[rows[i]!.file];
    }
    setFiles(f);
  };
  const add = () => {
    let n = rows.length;
    let file = t('authoring.solutions.newFile', { n });
    while (files[file] !== undefined) file = t('authoring.solutions.newFile', { n: ++n });
    setFiles({ ...withSolutions(files, [...rows, { file, label: '', verdict: 'wrong', score: '' }]), [file]: files['template.ino'] ?? '' });
    setSelected(rows.length);
  };
  const remove = (i: number) => {
    const f = withSolutions(files, rows.filter((_, j) => j !== i));
    delete f[rows[i]!.file];
    setFiles(f);
    setSelected(0);
  };
  return (
    <div className="authoring-solutions">
      <table className="authoring-table">
        <thead>
          <tr>
            <th>{t('authoring.solutions.file')}</th>
            <th>{t('authoring.solutions.verdict')}</th>
            <th>{t('authoring.solutions.score')}</th>
            <th>{t('authoring.solutions.label')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className={i === selected ? 'on' : ''} data-testid="solution-row" onClick={() => setSelected(i)}>
              <td>
                <input aria-label={t('authoring.solutions.file')} value={r.file} onChange={(e) => update(i, { file: e.target.value })} />
              </td>
              <td>
                <select aria-label={t('authoring.solutions.verdict')} value={r.verdict} onChange={(e) => update(i, { verdict: e.target.value as Verdict })}>
                  {VERDICTS.map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={t('authoring.solutions.score')} className="score" inputMode="numeric" placeholder={t('authoring.solutions.anyScore')} value={r.score} onChange={(e) => update(i, { score: e.target.value })} />
              </td>
              <td>
                <input aria-label={t('authoring.solutions.label')} value={r.label} onChange={(e) => update(i, { label: e.target.value })} />
              </td>
              <td>
                <button type="button" className="btn btn-small" onClick={() => remove(i)}>
                  {t('authoring.solutions.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="btn" onClick={add}>
        {t('authoring.solutions.add')}
      </button>
      {current && (
        <SourceEditor
          key={current.file}
          testId="solution-editor"
          path={`${id}/${current.file}`}
          language="cpp"
          value={files[current.file] ?? ''}
          onChange={(v) => setFiles({ ...files, [current.file]: v })}
        />
      )}
    </div>
  );
}

function CheckTab({ jobId }: { jobId: string | null }) {
  const { t } = useTranslation();
  const [events, setEvents] = useState<AuthoringEvent[]>([]);
  const [error, setError] = useState('');
  const seen = useRef(0);
  useEffect(() => {
    if (!jobId) return;
    const s = connection();
    setEvents([]);
    seen.current = 0;
    const join = () =>
      s.emit('authoring:join', { jobId }, (answer) => {
        if (answer.ok) setEvents(answer.state.events);
        else setError(pick(answer.error.text));
      });
    const onEvent = (e: { jobId: string; event: AuthoringEvent }) => {
      if (e.jobId === jobId) setEvents((list) => [...list, e.event]);
    };
    s.on('authoring:event', onEvent);
    s.on('connect', join);
    if (s.connected) join();
    return () => {
      s.off('authoring:event', onEvent);
      s.off('connect', join);
      s.emit('authoring:leave', { jobId });
    };
  }, [jobId]);

  if (!jobId) return <p className="muted">{t('authoring.check.idle')}</p>;
  // A state from joining may repeat events that also came live: keep the last of each kind per key.
  const loaded = events.find((e) => e.type === 'loaded');
  const failed = events.find((e) => e.type === 'load-failed');
  const finished = events.find((e) => e.type === 'finished');
  const crashed = events.find((e) => e.type === 'error');
  const tests = loaded?.type === 'loaded' ? loaded.tests : [];
  const resultOf = (file: string, testId: string) => {
    const e = events.filter((x) => x.type === 'test' && x.file === file && x.result.id === testId).pop();
    return e?.type === 'test' ? e.result : undefined;
  };
  return (
    <div className="authoring-check" data-testid="check-results">
      {error && <p className="note note-error">{error}</p>}
      {!loaded && !failed && !crashed && <p className="muted">{t('authoring.check.loading')}</p>}
      {failed?.type === 'load-failed' && (
        <div className="note note-error" data-testid="load-problems">
          <p>{t('authoring.check.loadFailed')}</p>
          <ul>
            {failed.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code>
                {p.field ? ` [${p.field}]` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {crashed?.type === 'error' && <p className="note note-error">{pick(crashed.message)}</p>}
      {loaded?.type === 'loaded' && (
        <table className="authoring-table">
          <thead>
            <tr>
              <th>{t('authoring.solutions.file')}</th>
              {tests.map((test) => (
                <th key={test.id} title={pick(test.title)}>
                  {test.index + 1}
                </th>
              ))}
              <th>{t('authoring.solutions.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {loaded.solutions.map((s) => {
              const done = events.filter((e) => e.type === 'solution' && e.file === s.file).pop();
              const compiled = events.filter((e) => e.type === 'compiled' && e.file === s.file).pop();
              return (
                <tr key={s.file} data-testid="check-solution">
                  <td>
                    <code>{s.file}</code>
                    {s.label ? <div className="muted">{s.label}</div> : null}
                  </td>
                  {tests.map((test) => {
                    const r = resultOf(s.file, test.id);
                    return (
                      <td key={test.id} className={r ? `cell-${r.verdict}` : 'cell-pending'} title={r ? pick(r.message) : ''}>
                        {r ? (r.verdict === 'accepted' ? '✓' : '✗') : compiled?.type === 'compiled' && !compiled.ok ? '—' : '…'}
                      </td>
                    );
                  })}
                  <td>
                    {done?.type === 'solution' ? (
                      <span className={done.ok ? 'ok' : 'bad'}>
                        {done.ok ? '✓' : '✗'} {t(`verdict.${done.got.verdict}`)} {done.got.score}/{done.got.maxScore} —{' '}
                        {done.ok ? t('authoring.check.asLabelled') : (pick(done.problem) || t('authoring.check.expected', { verdict: s.expect.verdict }))}
                      </span>
                    ) : compiled?.type === 'compiled' && !compiled.ok ? (
                      t('authoring.check.compileError')
                    ) : (
                      '…'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {finished?.type === 'finished' && (
        <p className={finished.ok ? 'note note-ok' : 'note note-error'} data-testid="check-verdict">
          {finished.ok ? t('authoring.check.ok') : t('authoring.check.failed')}
          {finished.problems.map((p, i) => (
            <span key={i}> {pick(p)}</span>
          ))}
        </p>
      )}
      {loaded && !finished && <p className="muted">{t('authoring.check.running')}</p>}
    </div>
  );
}

function VersionsTab({ id, detail }: { id: string; detail: AuthoredTaskDetail }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<RejudgeResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState(false);
  async function run(apply: boolean) {
    setBusy(true);
    setError(null);
    try {
      const r = await authoringApi.rejudge(id, apply);
      setPreview(r);
      setApplied(r.applied);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  if (detail.versions.length === 0) return <p className="muted">{t('authoring.versions.none')}</p>;
  return (
    <div>
      <table className="authoring-table">
        <thead>
          <tr>
            <th>{t('authoring.versions.number')}</th>
            <th>{t('authoring.versions.created')}</th>
            <th>{t('authoring.versions.submissions')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.versions.map((v) => (
            <tr key={v.number}>
              <td>
                {v.number} {v.number === detail.publishedNumber ? `(${t('authoring.versions.current')})` : ''}
              </td>
              <td>{new Date(v.createdAt).toLocaleString()}</td>
              <td>{v.submissions}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('authoring.versions.rejudgeTitle')}</h3>
      <button className="btn" type="button" disabled={busy} onClick={() => void run(false)}>
        {t('authoring.versions.preview')}
      </button>
      {error !== null && <ErrorNote error={error} />}
      {preview && (
        <div data-testid="rejudge-preview">
          <p>{t('authoring.versions.summary', { total: preview.total, changed: preview.changed })}</p>
          <table className="authoring-table">
            <thead>
              <tr>
                <th>{t('authoring.versions.student')}</th>
                <th>{t('authoring.versions.number')}</th>
                <th>{t('authoring.versions.before')}</th>
                <th>{t('authoring.versions.after')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((i) => (
                <tr key={i.id} className={i.changed ? 'changed' : ''}>
                  <td>{i.userName}</td>
                  <td>{i.fromVersion ?? '—'}</td>
                  <td>
                    {i.before.verdict ? t(`verdict.${i.before.verdict}`) : '—'} {i.before.score ?? ''}
                  </td>
                  <td>
                    {t(`verdict.${i.after.verdict}`)} {i.after.score}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {applied ? (
            <p className="note">{t('authoring.versions.applied')}</p>
          ) : (
            preview.total > 0 && (
              <button className="btn btn-primary" type="button" disabled={busy} onClick={() => void run(true)}>
                {t('authoring.versions.apply', { n: preview.total })}
              </button>
            )
          )}
        </div>
      )}
    </div>
  );
}
