/**
 * The teacher's pages, one lazy chunk (App.tsx loads it with React.lazy), so a student never
 * downloads them. Paths: /teacher (classes), /teacher/classes/:id[/students|/assignments],
 * /teacher/classes/:id/sheet (the printable logins and passwords).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.ts';
import { useSession } from '../../app/session.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { Link } from '../../ui/Link.tsx';
import { NotFoundCard } from '../../ui/NotFoundCard.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useTitle } from '../../ui/useTitle.ts';
import { teacherApi } from './api.ts';
import { ClassPage, type ClassTab } from './ClassPage.tsx';
import { SheetPage } from './SheetPage.tsx';
import './teacher.css';

export default function TeacherApp({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me || (me.role !== 'teacher' && me.role !== 'admin')) return <NotFoundCard />;
  if (rest.length === 0) return <ClassesPage admin={me.role === 'admin'} />;
  if (rest[0] === 'classes' && rest[1]) {
    const id = rest[1];
    if (rest[2] === 'sheet') return <SheetPage classId={id} />;
    const tab: ClassTab = rest[2] === 'students' || rest[2] === 'assignments' ? rest[2] : 'progress';
    return <ClassPage key={id} id={id} tab={tab} />;
  }
  return (
    <div className="card center">
      <p>{t('errors.notFound')}</p>
      <Link className="btn" href="/teacher">
        {t('teacher.cls.back')}
      </Link>
    </div>
  );
}

function ClassesPage({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const list = useAsync(() => teacherApi.classes(), []);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const title = admin ? t('teacher.classes.titleAdmin') : t('teacher.classes.title');
  useTitle(title);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const made = await teacherApi.createClass(name.trim());
      navigate(`/teacher/classes/${encodeURIComponent(made.id)}/students`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow teacher">
      <h1>{title}</h1>
      {list.error !== undefined && <ErrorNote error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <p className="muted">{t('common.loading')}</p>}
      {list.data?.length === 0 && <p className="card muted">{t('teacher.classes.empty')}</p>}
      <div className="class-cards">
        {list.data?.map((c) => (
          <Link key={c.id} href={`/teacher/classes/${encodeURIComponent(c.id)}`} className="class-card" data-testid="class-card">
            <span className="class-card-name">{c.name}</span>
            <span className="muted">
              {t('teacher.classes.students', { n: c.students })} · {t('teacher.classes.assignments', { n: c.assignments })}
            </span>
            <span className="muted small">{c.teachers.join(', ')}</span>
            <span className="class-code-small" title={t('teacher.classes.code')}>
              {t('teacher.classes.code')}: <b>{c.joinCode}</b>
            </span>
          </Link>
        ))}
      </div>
      <section className="card">
        <h2>{t('teacher.classes.create')}</h2>
        <form className="row" onSubmit={(e) => void create(e)}>
          <input
            aria-label={t('teacher.classes.name')}
            placeholder={t('teacher.classes.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={80}
            required
            className="grow"
          />
          <button type="submit" className="btn btn-primary" disabled={busy || !name.trim()}>
            {t('teacher.classes.create')}
          </button>
        </form>
        {error !== null && <ErrorNote error={error} />}
      </section>
    </div>
  );
}
