/**
 * The class's students: add many at once from a pasted list or a CSV file (preview first, with
 * the problem lines named), reset a password (shown once, printable as a card), remove from class.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassDetails } from '../../../../shared/api.ts';
import { navigate } from '../../app/router.ts';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { setSheet, teacherApi, type NewAccount, type RosterPreview } from './api.ts';
import { readTextFile } from './rosterFile.ts';

export function StudentsTab({ classId, details, onChanged }: { classId: string; details: ClassDetails; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [reset, setReset] = useState<NewAccount | null>(null);
  const [coLogin, setCoLogin] = useState('');
  const students = details.members.filter((m) => m.role === 'student');
  const teachers = details.members.filter((m) => m.role === 'teacher');

  async function resetPassword(userId: string, name: string) {
    if (!confirm(t('teacher.students.resetConfirm', { name }))) return;
    setError(null);
    try {
      setReset(await teacherApi.resetPassword(classId, userId));
    } catch (e) {
      setError(e);
    }
  }

  async function act(work: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await work();
      onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }

  async function remove(userId: string, name: string) {
    if (!confirm(t('teacher.students.removeConfirm', { name }))) return;
    setError(null);
    try {
      await teacherApi.removeStudent(classId, userId);
      onChanged();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="students-tab">
      {students.length === 0 && <AddStudents classId={classId} className={details.name} />}
      <section className="card">
        <h2>{t('teacher.students.title')}</h2>
        {error !== null && <ErrorNote error={error} />}
        {reset && (
          <div className="note note-ok" data-testid="new-password">
            <span>
              {t('teacher.students.newPassword', { name: reset.name, login: reset.login })}{' '}
              <code className="lc-mono" data-testid="reset-password">
                {reset.password}
              </code>
            </span>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setSheet({ classId, className: details.name, accounts: [reset] });
                navigate(`/teacher/classes/${encodeURIComponent(classId)}/sheet`);
              }}
            >
              {t('teacher.students.printOne')}
            </button>
          </div>
        )}
        {students.length === 0 ? (
          <p className="muted">{t('teacher.students.none')}</p>
        ) : (
          <table className="table" data-testid="students">
            <thead>
              <tr>
                <th>{t('teacher.students.name')}</th>
                <th>{t('teacher.students.login')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {students.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>
                    <code>{s.login}</code>
                  </td>
                  <td>
                    <div className="actions">
                      <button type="button" className="btn btn-small" onClick={() => void resetPassword(s.id, s.name)}>
                        {t('teacher.students.reset')}
                      </button>
                      <button type="button" className="btn btn-small btn-quiet" onClick={() => void remove(s.id, s.name)}>
                        {t('teacher.students.remove')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card">
        <h2>{t('teacher.students.teachers')}</h2>
        <ul className="teacher-list">
          {teachers.map((m) => (
            <li key={m.id}>
              {m.name} <code className="muted">{m.login}</code>
              {teachers.length > 1 && (
                <button
                  type="button"
                  className="btn btn-small btn-quiet"
                  onClick={() => {
                    if (confirm(t('teacher.students.removeTeacherConfirm', { name: m.name }))) void act(() => teacherApi.removeTeacher(classId, m.id));
                  }}
                >
                  {t('teacher.students.removeTeacher')}
                </button>
              )}
            </li>
          ))}
        </ul>
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => teacherApi.addTeacher(classId, coLogin.trim())).then((ok) => ok && setCoLogin(''));
          }}
        >
          <input aria-label={t('teacher.students.teacherLogin')} placeholder={t('teacher.students.teacherLogin')} value={coLogin} onChange={(e) => setCoLogin(e.target.value)} required />
          <button type="submit" className="btn" disabled={!coLogin.trim()}>
            {t('teacher.students.addTeacher')}
          </button>
        </form>
      </section>
      {students.length > 0 && <AddStudents classId={classId} className={details.name} />}
    </div>
  );
}

function AddStudents({ classId, className }: { classId: string; className: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function check(source = text) {
    setBusy(true);
    setError(null);
    try {
      setPreview(await teacherApi.preview(classId, source));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function create() {
    if (!preview?.rows.length) return;
    setBusy(true);
    setError(null);
    try {
      const accounts = await teacherApi.createStudents(classId, preview.rows);
      setSheet({ classId, className, accounts });
      navigate(`/teacher/classes/${encodeURIComponent(classId)}/sheet`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="card">
      <h2>{t('teacher.add.title')}</h2>
      <p className="muted">{t('teacher.add.hint')}</p>
      <textarea
        className="roster-input"
        aria-label={t('teacher.add.title')}
        placeholder={t('teacher.add.placeholder')}
        value={text}
        rows={8}
        onChange={(e) => {
          setText(e.target.value);
          setPreview(null);
        }}
      />
      <div className="row wrap">
        <button type="button" className="btn btn-primary" disabled={busy || !text.trim()} onClick={() => void check()}>
          {t('teacher.add.check')}
        </button>
        <label className="file-label">
          {t('teacher.add.file')}
          <input
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              void readTextFile(file).then((content) => {
                setText(content);
                void check(content);
              });
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {error !== null && <ErrorNote error={error} />}
      {preview && (
        <div className="roster-preview" data-testid="roster-preview">
          {preview.problems.length > 0 && (
            <div className="note note-error" role="alert">
              <div>
                <b>{t('teacher.add.problems')}</b>
                <ul>
                  {preview.problems.map((p, i) => (
                    <li key={i}>
                      {t('teacher.add.line', { n: p.line })}: {pick(p.message)}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          <p>
            <b>{t('teacher.add.rows', { n: preview.rows.length })}</b>
          </p>
          {preview.rows.length > 0 && (
            <>
              <ol className="roster-rows">
                {preview.rows.map((r, i) => (
                  <li key={i}>
                    {r.name} — {r.login ? <code>{r.login}</code> : <span className="muted">{t('teacher.add.autoLogin')}</span>}
                  </li>
                ))}
              </ol>
              <button type="button" className="btn btn-primary btn-big" disabled={busy} onClick={() => void create()} data-testid="create-accounts">
                {t('teacher.add.create', { n: preview.rows.length })}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
