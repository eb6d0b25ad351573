/**
 * The jury's page of a round: times (start now, duration, freeze), participants in bulk with a
 * printable sheet of logins and passwords, the real board with the reveal, submissions with
 * rejudge and ignore, clarifications to answer, announcements, and the results (CSV, print).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { contestApi, type AddParticipantsResponse, type ContestView } from './api.ts';
import { BoardTable } from './Board.tsx';
import { PhaseLine, useLang, useLiveRound, usePhaseReload } from './hooks.tsx';

type Tab = 'board' | 'submissions' | 'messages' | 'participants' | 'settings';

export function JuryPage({ view, reload }: { view: ContestView; reload: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(pick(view.title, lang));
  const now = usePhaseReload(view, reload);
  const [tab, setTab] = useState<Tab>('board');
  const { board, messages, loadMessages } = useLiveRound(view.id, 'jury', reload, view.phase);
  const [error, setError] = useState<unknown>(null);
  const act = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
    } catch (err) {
      setError(err);
    }
  };
  const unanswered = messages.filter((m) => m.kind === 'clarification' && !m.answer).length;
  return (
    <div className="contest-page">
      <h1>
        {pick(view.title, lang)} <span className="muted">· {t('contest.jury')}</span>
      </h1>
      <PhaseLine view={view} now={now} />
      <p className="contest-links">
        <Link href={`/contests/${view.id}/projector`} data-testid="projector-link">
          {t('contest.projector')}
        </Link>
        {' · '}
        <Link href={`/contests/${view.id}/board`}>{t('contest.publicBoard')}</Link>
        {' · '}
        <a href={contestApi.csvUrl(view.id, lang)} data-testid="csv-link">
          CSV
        </a>
        {' · '}
        <Link href={`/contests/${view.id}/print`}>{t('contest.print')}</Link>
      </p>
      {error !== null && <ErrorNote error={error} />}
      <Tabs
        value={tab}
        onChange={setTab}
        tabs={[
          { value: 'board', label: t('contest.board.title') },
          { value: 'submissions', label: t('contest.submissions') },
          { value: 'messages', label: unanswered ? `${t('contest.clar.title')} (${unanswered})` : t('contest.clar.title') },
          { value: 'participants', label: t('contest.participants.title') },
          { value: 'settings', label: t('contest.settings.title') },
        ]}
      />
      {tab === 'board' && (
        <section className="card">
          {view.phase === 'ended' && view.freezeAt && !view.revealed && (
            <p className="contest-reveal">
              <button type="button" className="btn btn-primary" data-testid="reveal-next" onClick={() => void act(() => contestApi.reveal(view.id, 'next'))}>
                {t('contest.reveal.next')}
              </button>{' '}
              <button type="button" className="btn" data-testid="reveal-all" onClick={() => void act(() => contestApi.reveal(view.id, 'all'))}>
                {t('contest.reveal.all')}
              </button>
            </p>
          )}
          {board ? <BoardTable board={board} /> : <p className="muted">{t('common.loading')}</p>}
        </section>
      )}
      {tab === 'submissions' && <JurySubmissions view={view} stamp={board?.generatedAt} act={act} />}
      {tab === 'messages' && <JuryMessages view={view} messages={messages} act={act} reloadMessages={loadMessages} />}
      {tab === 'participants' && <Participants view={view} />}
      {tab === 'settings' && <Settings view={view} reload={reload} act={act} />}
    </div>
  );
}

function JurySubmissions({ view, stamp, act }: { view: ContestView; stamp: string | undefined; act: (f: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const subs = useAsync(() => contestApi.submissions(view.id), [view.id, stamp]);
  const [label, setLabel] = useState(view.tasks[0]?.label ?? '');
  return (
    <section className="card">
      <p className="contest-ask">
        <button type="button" className="btn" data-testid="rejudge-all" onClick={() => window.confirm(t('contest.rejudge.confirmAll')) && void act(() => contestApi.rejudge(view.id, {}).then(subs.reload))}>
          ↻ {t('contest.rejudge.all')}
        </button>
        <select value={label} onChange={(e) => setLabel(e.target.value)} aria-label={t('contest.clar.task')}>
          {view.tasks.map((task) => (
            <option key={task.label} value={task.label}>
              {task.label}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={() => void act(() => contestApi.rejudge(view.id, { label }).then(subs.reload))}>
          ↻ {t('contest.rejudge.task')}
        </button>
      </p>
      <table className="contest-subs">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('contest.board.participant')}</th>
            <th>{t('contest.clar.task')}</th>
            <th>{t('contest.minute')}</th>
            <th>{t('contest.verdict')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {subs.data?.map((s) => (
            <tr key={s.id} className={s.ignored ? 'cb-ignored' : ''} data-testid="jury-submission">
              <td>
                <Link href={`/submissions/${s.id}`}>{s.id}</Link>
              </td>
              <td>{s.user.name}</td>
              <td>{s.label}</td>
              <td>{s.minute}′</td>
              <td data-verdict={s.verdict ?? ''}>
                {s.verdict ? t(`verdict.${s.verdict}`) : t('contest.judging')} {s.score !== null ? `(${s.score})` : ''}
              </td>
              <td>
                <button type="button" className="btn btn-small" onClick={() => void act(() => contestApi.rejudge(view.id, { submissionId: s.id }).then(subs.reload))}>
                  ↻
                </button>{' '}
                <button type="button" className="btn btn-small" onClick={() => void act(() => contestApi.ignore(view.id, s.id, !s.ignored).then(subs.reload))}>
                  {s.ignored ? t('contest.unignore') : t('contest.ignore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function JuryMessages({
  view,
  messages,
  act,
  reloadMessages,
}: {
  view: ContestView;
  messages: import('./api.ts').ContestMessage[];
  act: (f: () => Promise<unknown>) => Promise<void>;
  reloadMessages: () => void;
}) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [announcement, setAnnouncement] = useState('');
  return (
    <section className="card">
      <form
        className="contest-ask"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          void act(() => contestApi.announce(view.id, announcement).then(() => setAnnouncement('')));
        }}
      >
        <input value={announcement} onChange={(e) => setAnnouncement(e.target.value)} placeholder={t('contest.announce.placeholder')} required data-testid="announce-text" />
        <button type="submit" className="btn btn-primary">
          📣 {t('contest.announce.send')}
        </button>
      </form>
      {[...messages].reverse().map((m) => (
        <div key={m.id} className="contest-clar" data-testid="jury-message">
          {m.kind === 'announcement' ? (
            <p>📣 {m.answer}</p>
          ) : (
            <>
              <p>
                <b>{m.author?.name ?? '—'}</b> · {m.taskLabel ?? t('contest.clar.general')}: {m.question}
              </p>
              {m.answer && (
                <p className="contest-answer">
                  {m.answer} <span className="muted">({m.public ? t('contest.clar.toAll') : t('contest.clar.private')})</span>
                </p>
              )}
              <p className="contest-ask">
                <input value={drafts[m.id] ?? ''} onChange={(e) => setDrafts({ ...drafts, [m.id]: e.target.value })} placeholder={t('contest.clar.answer')} />
                {([false, true] as const).map((pub) => (
                  <button
                    key={String(pub)}
                    type="button"
                    className="btn btn-small"
                    disabled={!drafts[m.id]?.trim()}
                    onClick={() => void act(() => contestApi.answer(view.id, m.id, drafts[m.id] ?? '', pub).then(reloadMessages))}
                  >
                    {pub ? t('contest.clar.answerAll') : t('contest.clar.answerPrivate')}
                  </button>
                ))}
              </p>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

function Participants({ view }: { view: ContestView }) {
  const { t } = useTranslation();
  const list = useAsync(() => contestApi.participants(view.id), [view.id]);
  const [roster, setRoster] = useState('');
  const [logins, setLogins] = useState('');
  const [prefix, setPrefix] = useState('');
  const [result, setResult] = useState<AddParticipantsResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  async function add(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const r = await contestApi.addParticipants(view.id, {
        ...(roster.trim() ? { roster } : {}),
        ...(logins.trim() ? { logins: logins.split(/[\s,;]+/).filter(Boolean) } : {}),
        ...(prefix.trim() ? { loginPrefix: prefix.trim() } : {}),
      });
      setResult(r);
      setRoster('');
      setLogins('');
      list.reload();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section className="card">
      {result && result.created.length > 0 && (
        <div className="contest-sheet" data-testid="accounts-sheet">
          <p className="no-print">
            {t('contest.participants.created', { n: result.created.length })}{' '}
            <button type="button" className="btn btn-primary" onClick={() => window.print()}>
              {t('contest.print')}
            </button>
          </p>
          <div className="contest-cards">
            {result.created.map((a) => (
              <div key={a.id} className="login-card-print">
                <b>{pick(view.title)}</b>
                <div>{a.name}</div>
                <div>
                  {t('contest.participants.login')}: <code>{a.login}</code>
                </div>
                <div>
                  {t('contest.participants.password')}: <code>{a.password}</code>
                </div>
                <small>{location.origin}</small>
              </div>
            ))}
          </div>
        </div>
      )}
      <form className="contest-form no-print" onSubmit={(e) => void add(e)}>
        <label>
          {t('contest.participants.roster')}
          <textarea value={roster} onChange={(e) => setRoster(e.target.value)} rows={5} placeholder={t('contest.participants.rosterHint')} data-testid="roster" />
        </label>
        <label>
          {t('contest.participants.prefix')}
          <input value={prefix} onChange={(e) => setPrefix(e.target.value)} maxLength={16} />
        </label>
        <label>
          {t('contest.participants.logins')}
          <input value={logins} onChange={(e) => setLogins(e.target.value)} data-testid="logins" />
        </label>
        {result && result.problems.map((p) => <p key={p.line} className="note note-error">{`${p.line}: ${pick(p.message)}`}</p>)}
        {result && result.unknownLogins.length > 0 && <p className="note note-error">{t('contest.participants.unknown', { logins: result.unknownLogins.join(', ') })}</p>}
        {error !== null && <ErrorNote error={error} />}
        <button type="submit" className="btn btn-primary" data-testid="add-participants">
          {t('contest.participants.add')}
        </button>
      </form>
      <ul className="no-print">
        {list.data?.map((p) => (
          <li key={p.id}>
            {p.name} <span className="muted">({p.login})</span>
            {view.participants === 'team' && (
              <input
                className="contest-members"
                defaultValue={p.members ?? ''}
                placeholder={t('contest.participants.members')}
                aria-label={t('contest.participants.members')}
                onBlur={(e) => e.target.value !== (p.members ?? '') && void contestApi.setMembers(view.id, p.id, e.target.value.trim() || null).then(list.reload, setError)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Settings({ view, reload, act }: { view: ContestView; reload: () => void; act: (f: () => Promise<unknown>) => Promise<void> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [duration, setDuration] = useState(String(view.durationMinutes));
  const [freeze, setFreeze] = useState(String(view.freezeMinutes));
  return (
    <section className="card contest-form">
      <p>
        {t('contest.create.start')}: {new Date(view.startsAt).toLocaleString(lang)} · {t('contest.settings.ends')}: {new Date(view.endsAt).toLocaleString(lang)}
        {view.freezeAt && ` · ${t('contest.settings.freezes')}: ${new Date(view.freezeAt).toLocaleString(lang)}`}
      </p>
      {view.phase === 'before' && (
        <button type="button" className="btn btn-primary" data-testid="start-now" onClick={() => void act(() => contestApi.update(view.id, { startsAt: new Date().toISOString() }).then(reload))}>
          ▶ {t('contest.settings.startNow')}
        </button>
      )}
      <label>
        {t('contest.create.duration')}
        <input type="number" min="0.1" step="any" value={duration} onChange={(e) => setDuration(e.target.value)} data-testid="duration" />
      </label>
      <label>
        {t('contest.create.freeze')}
        <input type="number" min="0" step="any" value={freeze} onChange={(e) => setFreeze(e.target.value)} data-testid="freeze" />
      </label>
      <button type="button" className="btn" data-testid="save-times" onClick={() => void act(() => contestApi.update(view.id, { durationMinutes: Number(duration), freezeMinutes: Number(freeze) }).then(reload))}>
        {t('contest.settings.save')}
      </button>
    </section>
  );
}
