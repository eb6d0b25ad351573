/** What the class is assigned: a course or a chosen set of tasks, each with an optional deadline. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import { ErrorNote } from '../../ui/ErrorNote.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { formatTime } from '../SubmissionsPage.tsx';
import { teacherApi, type Assignment } from './api.ts';

/** `datetime-local` value (the teacher's local time) → ISO UTC, and back. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
export function isoToLocal(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function AssignmentsTab({ classId }: { classId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  const list = useAsync(() => teacherApi.assignments(classId), [classId]);
  const catalog = useAsync(() => teacherApi.catalog(), []);
  const [error, setError] = useState<unknown>(null);

  async function act(work: () => Promise<unknown>) {
    setError(null);
    try {
      await work();
      list.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div>
      <section className="card">
        <h2>{t('teacher.assign.title')}</h2>
        {error !== null && <ErrorNote error={error} />}
        {list.error !== undefined && <ErrorNote error={list.error} onRetry={list.reload} />}
        {list.data?.length === 0 && <p className="muted">{t('teacher.assign.none')}</p>}
        <ul className="assignment-list">
          {list.data?.map((a) => (
            <AssignmentRow
              key={a.id}
              a={a}
              lang={lang}
              onDeadline={(d) => void act(() => teacherApi.setDeadline(classId, a.id, d))}
              onRemove={() => {
                if (confirm(t('teacher.assign.removeConfirm', { title: pick(a.title, lang) }))) void act(() => teacherApi.unassign(classId, a.id));
              }}
            />
          ))}
        </ul>
      </section>
      {catalog.error !== undefined && <ErrorNote error={catalog.error} onRetry={catalog.reload} />}
      {catalog.data && <AssignForm catalog={catalog.data} lang={lang} onAssign={(body) => act(() => teacherApi.assign(classId, body))} />}
    </div>
  );
}

function AssignmentRow({ a, lang, onDeadline, onRemove }: { a: Assignment; lang: 'ru' | 'en'; onDeadline: (iso: string | null) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(isoToLocal(a.deadline));
  return (
    <li className="assignment" data-testid="assignment">
      <div>
        <b>{pick(a.title, lang)}</b>{' '}
        <span className="muted">
          · {a.kind === 'course' ? t('teacher.assign.course') : t('teacher.assign.tasks')} · {t('teacher.assign.taskCount', { n: a.taskIds.length })} ·{' '}
          {a.deadline ? t('teacher.progress.due', { time: formatTime(a.deadline, lang) }) : t('teacher.assign.noDeadline')}
        </span>
      </div>
      <div className="row wrap">
        <input type="datetime-local" aria-label={t('teacher.assign.deadline')} value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="button" className="btn btn-small" disabled={localToIso(value) === a.deadline} onClick={() => onDeadline(localToIso(value))}>
          {t('teacher.assign.change')}
        </button>
        {a.deadline && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setValue('');
              onDeadline(null);
            }}
          >
            {t('teacher.assign.clear')}
          </button>
        )}
        <button type="button" className="btn btn-small btn-quiet" onClick={onRemove}>
          {t('teacher.assign.remove')}
        </button>
      </div>
    </li>
  );
}

type Catalog = Awaited<ReturnType<typeof teacherApi.catalog>>;
type AssignBody = Parameters<typeof teacherApi.assign>[1];

function AssignForm({ catalog, lang, onAssign }: { catalog: Catalog; lang: 'ru' | 'en'; onAssign: (body: AssignBody) => Promise<void> }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'course' | 'tasks'>('course');
  const [courseId, setCourseId] = useState(catalog.courses[0]?.id ?? '');
  const [taskIds, setTaskIds] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState('');
  const [hint, setHint] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setHint('');
    const due = localToIso(deadline);
    if (kind === 'course') {
      if (!courseId) return;
      await onAssign({ kind: 'course', courseId, deadline: due });
    } else {
      if (taskIds.length === 0) return setHint(t('teacher.assign.pickSome'));
      await onAssign({ kind: 'tasks', taskIds, deadline: due, ...(title.trim() ? { title: title.trim() } : {}) });
      setTaskIds([]);
      setTitle('');
    }
    setDeadline('');
  }

  return (
    <section className="card">
      <h2>{t('teacher.assign.add')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <div className="row" role="radiogroup" aria-label={t('teacher.assign.kind')}>
          <label className="radio">
            <input type="radio" name="kind" checked={kind === 'course'} onChange={() => setKind('course')} /> {t('teacher.assign.course')}
          </label>
          <label className="radio">
            <input type="radio" name="kind" checked={kind === 'tasks'} onChange={() => setKind('tasks')} /> {t('teacher.assign.tasks')}
          </label>
        </div>
        {kind === 'course' ? (
          <label>
            {t('teacher.assign.chooseCourse')}
            <select value={courseId} onChange={(e) => setCourseId(e.target.value)} data-testid="course-select">
              {catalog.courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {pick(c.title, lang)} ({t('teacher.assign.taskCount', { n: c.taskIds.length })})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <>
            <label>
              {t('teacher.assign.setTitle')}
              <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('teacher.assign.setTitlePlaceholder')} maxLength={120} />
            </label>
            <fieldset className="task-picker">
              <legend>{t('teacher.assign.chooseTasks')}</legend>
              {catalog.tasks.map((task) => (
                <label key={task.id} className="check">
                  <input
                    type="checkbox"
                    checked={taskIds.includes(task.id)}
                    onChange={(e) => setTaskIds((ids) => (e.target.checked ? [...ids, task.id] : ids.filter((x) => x !== task.id)))}
                  />{' '}
                  {pick(task.title, lang)} <span className="muted small">{task.id}</span>
                </label>
              ))}
            </fieldset>
          </>
        )}
        <label>
          {t('teacher.assign.deadline')}
          <input type="datetime-local" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </label>
        {hint && <p className="note note-error">{hint}</p>}
        <div>
          <button type="submit" className="btn btn-primary" data-testid="assign">
            {t('teacher.assign.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
