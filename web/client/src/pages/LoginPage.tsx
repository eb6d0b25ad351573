import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { navigate } from '../app/router.ts';
import { useSession } from '../app/session.ts';
import { ApiError } from '../api/errors.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { useTitle } from '../ui/useTitle.ts';

export function LoginPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useTitle(t('login.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await api.login(login.trim(), password);
      setMe(me);
      const next = new URLSearchParams(location.search).get('next');
      // Only follow our own paths, never an absolute URL someone put in the link.
      navigate(next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/', true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-wrap">
      <section className="card login-card">
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        {expired && error === null && <ErrorNote error={new ApiError('session', 401)} />}
        <form onSubmit={(e) => void submit(e)} className="form">
          <label>
            <span>{t('login.login')}</span>
            <input name="login" autoComplete="username" autoFocus value={login} onChange={(e) => setLogin(e.target.value)} required />
          </label>
          <label>
            <span>{t('login.password')}</span>
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          <div className="reserve-note">{error !== null && <ErrorNote error={error} />}</div>
          <button type="submit" className="btn btn-primary btn-big" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
      </section>
      <p className="login-tagline muted">{t('app.tagline')}</p>
    </div>
  );
}
