/**
 * The round pages, one lazy chunk (App.tsx loads it with React.lazy), so a student's first load
 * never carries them. Paths: /contests (rounds; a teacher creates one), /contests/:id (a
 * participant's round page or the jury's), /contests/:id/tasks/:label (the workspace, submitting
 * into the round), /contests/:id/board (the public board), /contests/:id/projector (large type,
 * auto-scroll), /contests/:id/print (printable results).
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { useSession } from '../../app/session.ts';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { TaskWorkspace } from '../TaskWorkspace.tsx';
import { contestApi, type ContestView } from './api.ts';
import { BoardTable } from './Board.tsx';
import { JuryPage } from './JuryPage.tsx';
import { clock } from './time.ts';
import { PhaseLine, useLang, useLiveRound, usePhaseReload } from './hooks.tsx';
import './contest.css';

export default function ContestApp({ rest }: { rest: string[] }) {
  const [id, section, label] = rest;
  if (!id) return <ContestList />;
  if (section === 'tasks' && label) return <ContestTask key={`${id}/${label}`} id={id} label={label} />;
  if (section === 'board') return <PublicBoard id={id} projector={false} />;
  if (section === 'projector') return <PublicBoard id={id} projector />;
  if (section === 'print') return <PrintPage id={id} />;
  return <ContestHome key={id} id={id} />;
}

function ContestList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useSession();
  useTitle(t('contest.nav'));
  const list = useAsync(() => contestApi.list(), []);
  const host = me?.role === 'teacher' || me?.role === 'admin';
  return (
    <div className="contest-page">
      <h1>{t('contest.list.title')}</h1>
      {list.error !== undefined && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.data && list.data.length === 0 && <p className="muted">{t('contest.list.empty')}</p>}
      <ul className="contest-list">
        {list.data?.map((c) => (
          <li key={c.id} className="card">
            <Link href={`/contests/${c.id}`} data-testid="contest-link">
              {pick(c.title, lang)}
            </Link>
            <span className="muted">
              {' '}
              · {t(`contest.scoring.${c.scoring}`)} · {new Date(c.startsAt).toLocaleString(lang)} · {t(`contest.phase.${c.phase}`)}
              {c.myRole === 'jury' ? ` · ${t('contest.jury')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {host && <CreateForm onCreated={(id) => navigate(`/contests/${id}`)} />}
    </div>
  );
}

function CreateForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [scoring, setScoring] = useState<'icpc' | 'ioi' | 'robot'>('icpc');
  const [start, setStart] = useState(() => {
    const d = new Date(Date.now() + 10 * 60_000);
    d.setSeconds(0, 0);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  });
  const [duration, setDuration] = useState('120');
  const [freeze, setFreeze] = useState('30');
  const [kind, setKind] = useState<'individual' | 'team'>('individual');
  const [tasks, setTasks] = useState('A: ');
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    // «A: task-id» or «E: task-id finish-time lower» per line.
    const list = tasks
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [lab, rest = ''] = l.split(':');
        const [taskId, measure, better] = rest.trim().split(/\s+/);
        return { label: lab.trim().toUpperCase(), taskId: taskId ?? '', ...(measure ? { measure, better: better === 'higher' ? ('higher' as const) : ('lower' as const) } : {}) };
      });
    try {
      const r = await contestApi.create({
        title: { ru: title, en: title },
        scoring,
        startsAt: new Date(start).toISOString(),
        durationMinutes: Number(duration),
        freezeMinutes: Number(freeze),
        participants: kind,
        tasks: list,
      });
      onCreated(r.id);
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form className="card contest-form" onSubmit={(e) => void submit(e)} data-testid="create-contest">
      <h2>{t('contest.create.title')}</h2>
      <label>
        {t('contest.create.name')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={120} name="title" />
      </label>
      <label>
        {t('contest.create.scoring')}
        <select value={scoring} onChange={(e) => setScoring(e.target.value as typeof scoring)} name="scoring">
          {(['icpc', 'ioi', 'robot'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`contest.scoring.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('contest.create.start')}
        <input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} required name="start" />
      </label>
      <label>
        {t('contest.create.duration')}
        <input type="number" min="0.1" step="any" value={duration} onChange={(e) => setDuration(e.target.value)} required name="duration" />
      </label>
      <label>
        {t('contest.create.freeze')}
        <input type="number" min="0" step="any" value={freeze} onChange={(e) => setFreeze(e.target.value)} required name="freeze" />
      </label>
      <label>
        {t('contest.create.participants')}
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} name="kind">
          <option value="individual">{t('contest.kind.individual')}</option>
          <option value="team">{t('contest.kind.team')}</option>
        </select>
      </label>
      <label>
        {t('contest.create.tasks')}
        <textarea value={tasks} onChange={(e) => setTasks(e.target.value)} rows={4} name="tasks" />
        <small className="muted">{t('contest.create.tasksHint')}</small>
      </label>
      {error !== null && <ErrorNote error={error} />}
      <button type="submit" className="btn btn-primary">
        {t('contest.create.submit')}
      </button>
    </form>
  );
}

function ContestHome({ id }: { id: string }) {
  const { t } = useTranslation();
  const view = useAsync(() => contestApi.get(id), [id]);
  if (view.error !== undefined) return <ErrorNote error={view.error} onRetry={view.reload} />;
  if (!view.data) return <p className="muted center">{t('common.loading')}</p>;
  return view.data.myRole === 'jury' ? <JuryPage view={view.data} reload={view.reload} /> : <ParticipantPage view={view.data} reload={view.reload} />;
}

function ParticipantPage({ view, reload }: { view: ContestView; reload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(pick(view.title, lang));
  const now = usePhaseReload(view, reload);
  const { board, messages } = useLiveRound(view.id, undefined, reload, view.phase);
  const mine = useAsync(() => contestApi.submissions(view.id), [view.id, board?.generatedAt]);
  const [label, setLabel] = useState<string>('');
  const [question, setQuestion] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function askQuestion(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await contestApi.ask(view.id, label || null, question);
      setQuestion('');
    } catch (err) {
      setError(err);
    }
  }
  const announcements = messages.filter((m) => m.kind === 'announcement');
  const clarifications = messages.filter((m) => m.kind === 'clarification');
  return (
    <div className="contest-page">
      <h1>{pick(view.title, lang)}</h1>
      <PhaseLine view={view} now={now} />
      {view.description && <p>{pick(view.description, lang)}</p>}
      {announcements.length > 0 && (
        <section className="contest-announcements" data-testid="announcements">
          {announcements.map((m) => (
            <p key={m.id} className="note note-info">
              📣 {m.taskLabel ? `${m.taskLabel}: ` : ''}
              {m.answer}
            </p>
          ))}
        </section>
      )}
      {view.phase === 'before' ? (
        <p className="contest-countdown" data-testid="big-countdown">
          {clock(Date.parse(view.startsAt) - now)}
        </p>
      ) : (
        <section className="card">
          <h2>{t('contest.tasks')}</h2>
          {view.phase === 'ended' && <p className="muted">{t('contest.readOnly')}</p>}
          <ul className="contest-tasks">
            {view.tasks.map((task) => (
              <li key={task.label}>
                <Link href={`/contests/${view.id}/tasks/${task.label}`} data-testid={`task-${task.label}`}>
                  <b>{task.label}</b> {pick(task.title, lang)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {board && (
        <section className="card">
          <h2>
            {t('contest.board.title')} {board.frozen && <span className="badge-frozen">❄ {t('contest.board.frozen')}</span>}
          </h2>
          <BoardTable board={board} />
        </section>
      )}
      {mine.data && mine.data.length > 0 && (
        <section className="card">
          <h2>{t('contest.mySubmissions')}</h2>
          <table className="contest-subs">
            <tbody>
              {mine.data.map((s) => (
                <tr key={s.id}>
                  <td>{s.label}</td>
                  <td>{s.minute}′</td>
                  <td data-verdict={s.verdict ?? ''}>{s.verdict ? t(`verdict.${s.verdict}`) : t('contest.judging')}</td>
                  <td>{s.score ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section className="card">
        <h2>{t('contest.clar.title')}</h2>
        {clarifications.map((m) => (
          <div key={m.id} className="contest-clar" data-testid="clarification">
            <p>
              <b>{m.taskLabel ?? t('contest.clar.general')}:</b> {m.question}
            </p>
            <p className={m.answer ? 'contest-answer' : 'muted'}>{m.answer ?? t('contest.clar.waiting')}</p>
          </div>
        ))}
        {view.phase !== 'ended' && (
          <form onSubmit={(e) => void askQuestion(e)} className="contest-ask">
            <select value={label} onChange={(e) => setLabel(e.target.value)} aria-label={t('contest.clar.task')}>
              <option value="">{t('contest.clar.general')}</option>
              {view.tasks.map((task) => (
                <option key={task.label} value={task.label}>
                  {task.label}
                </option>
              ))}
            </select>
            <input value={question} onChange={(e) => setQuestion(e.target.value)} placeholder={t('contest.clar.placeholder')} required maxLength={2000} />
            <button type="submit" className="btn">
              {t('contest.clar.ask')}
            </button>
          </form>
        )}
        {error !== null && <ErrorNote error={error} />}
      </section>
    </div>
  );
}

function ContestTask({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  const view = useAsync(() => contestApi.get(id), [id]);
  const task = useAsync(() => contestApi.task(id, label), [id, label]);
  const submitTo = useCallback((source: string) => contestApi.submit(id, label, source), [id, label]);
  if (task.error !== undefined) return <ErrorNote error={task.error} onRetry={task.reload} />;
  if (!task.data || !view.data) return <p className="muted center">{t('common.loading')}</p>;
  return (
    <>
      <p className="contest-taskbar">
        <Link href={`/contests/${id}`}>← {pick(view.data.title)}</Link> · <b>{label}</b>
        {view.data.phase === 'ended' && view.data.myRole !== 'jury' && <span className="muted"> · {t('contest.readOnly')}</span>}
      </p>
      <TaskWorkspace task={task.data} submitTo={submitTo} readOnly={view.data.phase === 'ended' && view.data.myRole !== 'jury'} />
    </>
  );
}

/** The public board; as the projector: large type, and it scrolls by itself when it does not fit. */
function PublicBoard({ id, projector }: { id: string; projector: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const view = useAsync(() => contestApi.get(id), [id]);
  const now = usePhaseReload(view.data, view.reload);
  const { board, messages } = useLiveRound(id, 'public', view.reload, view.data?.phase);
  useEffect(() => {
    if (!projector) return;
    document.body.classList.add('projector-mode');
    let dir = 1;
    const timer = setInterval(() => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      if (max <= 0) return;
      if (window.scrollY >= max - 2) dir = -1;
      else if (window.scrollY <= 0) dir = 1;
      window.scrollBy(0, dir * 2);
    }, 50);
    return () => {
      clearInterval(timer);
      document.body.classList.remove('projector-mode');
    };
  }, [projector]);
  if (view.error !== undefined) return <ErrorNote error={view.error} onRetry={view.reload} />;
  if (!view.data || !board) return <p className="muted center">{t('common.loading')}</p>;
  const last = messages.filter((m) => m.kind === 'announcement' || m.public).at(-1);
  return (
    <div className={projector ? 'contest-projector' : 'contest-page'} data-testid={projector ? 'projector' : 'public-board'}>
      <h1>{pick(view.data.title, lang)}</h1>
      <PhaseLine view={view.data} now={now} />
      {board.frozen && <p className="badge-frozen" data-testid="frozen-note">❄ {t('contest.board.frozenNote')}</p>}
      {last && <p className="note note-info">📣 {last.answer}</p>}
      <BoardTable board={board} big={projector} />
    </div>
  );
}

function PrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const view = useAsync(() => contestApi.get(id), [id]);
  const board = useAsync(() => contestApi.scoreboard(id, 'jury'), [id]);
  if (view.error !== undefined) return <ErrorNote error={view.error} />;
  if (board.error !== undefined) return <ErrorNote error={board.error} />;
  if (!view.data || !board.data) return <p className="muted center">{t('common.loading')}</p>;
  return (
    <div className="contest-print">
      <div className="no-print">
        <Link href={`/contests/${id}`}>← {pick(view.data.title, lang)}</Link>{' '}
        <button type="button" className="btn btn-primary" onClick={() => window.print()}>
          {t('contest.print')}
        </button>
      </div>
      <h1>{pick(view.data.title, lang)}</h1>
      <p>
        {t('contest.results')} · {new Date(view.data.startsAt).toLocaleString(lang)} · {t(`contest.scoring.${view.data.scoring}`)}
      </p>
      <BoardTable board={board.data} />
    </div>
  );
}

