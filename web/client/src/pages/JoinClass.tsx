import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';

/** Joining a class by the code a teacher gives out; the course list reloads afterwards. */
export function JoinClass({ onJoined }: { onJoined: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [joined, setJoined] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await api.joinClass(code.trim());
      setJoined(r.name);
      setCode('');
      onJoined();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card join-card">
      <h2>{t('login.joinTitle')}</h2>
      <p className="muted">{t('login.joinHint')}</p>
      <form className="row" onSubmit={(e) => void submit(e)}>
        <input
          aria-label={t('login.code')}
          placeholder={t('login.code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          className="code-input"
          required
        />
        <button type="submit" className="btn" disabled={busy}>
          {t('login.join')}
        </button>
      </form>
      {joined && <p className="note note-ok">{t('login.joined', { name: joined })}</p>}
      {error !== null && <ErrorNote error={error} />}
    </section>
  );
}
