/** One class: its name (renamable) and join code, then the progress, students and assignments tabs. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { teacherApi } from './api.ts';
import { AssignmentsTab } from './AssignmentsTab.tsx';
import { ProgressTab } from './ProgressTab.tsx';
import { StudentsTab } from './StudentsTab.tsx';

export type ClassTab = 'progress' | 'students' | 'assignments';

export function ClassPage({ id, tab }: { id: string; tab: ClassTab }) {
  const { t } = useTranslation();
  const details = useAsync(() => teacherApi.details(id), [id]);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  useTitle(details.data?.name);

  if (details.error !== undefined && !details.data) return <ErrorNote error={details.error} onRetry={details.reload} />;
  if (!details.data) return <p className="muted center">{t('common.loading')}</p>;
  const cls = details.data;

  async function rename(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await teacherApi.renameClass(id, name.trim());
      setEditing(false);
      details.reload();
    } catch (e) {
      setError(e);
    }
  }

  async function newCode() {
    if (!confirm(t('teacher.cls.newCodeConfirm'))) return;
    setError(null);
    try {
      await teacherApi.newCode(id);
      details.reload();
    } catch (e) {
      setError(e);
    }
  }

  const base = `/teacher/classes/${encodeURIComponent(id)}`;
  return (
    <div className="teacher">
      <Link href="/teacher" className="back-link">
        {t('teacher.cls.back')}
      </Link>
      <div className="class-head">
        {editing ? (
          <form className="row" onSubmit={(e) => void rename(e)}>
            <input aria-label={t('teacher.classes.name')} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required autoFocus />
            <button type="submit" className="btn btn-primary" disabled={!name.trim()}>
              {t('teacher.cls.save')}
            </button>
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              {t('teacher.cls.cancel')}
            </button>
          </form>
        ) : (
          <div className="row">
            <h1 data-testid="class-name">{cls.name}</h1>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setName(cls.name);
                setEditing(true);
              }}
            >
              {t('teacher.cls.rename')}
            </button>
          </div>
        )}
        <div className="join-code" title={t('teacher.cls.codeHint')}>
          <span className="muted">{t('teacher.cls.code')}</span>
          <b data-testid="join-code">{cls.joinCode}</b>
          <button type="button" className="btn btn-small" onClick={() => void newCode()}>
            {t('teacher.cls.newCode')}
          </button>
        </div>
      </div>
      <p className="muted">{t('teacher.cls.codeHint')}</p>
      {error !== null && <ErrorNote error={error} />}
      <Tabs
        value={tab}
        onChange={(v) => navigate(v === 'progress' ? base : `${base}/${v}`, true)}
        tabs={[
          { value: 'progress', label: t('teacher.cls.tabProgress') },
          { value: 'students', label: t('teacher.cls.tabStudents') },
          { value: 'assignments', label: t('teacher.cls.tabAssignments') },
        ]}
      />
      <div className="tab-body">
        {tab === 'progress' && <ProgressTab classId={id} />}
        {tab === 'students' && <StudentsTab classId={id} details={cls} onChanged={details.reload} />}
        {tab === 'assignments' && <AssignmentsTab classId={id} />}
      </div>
    </div>
  );
}
