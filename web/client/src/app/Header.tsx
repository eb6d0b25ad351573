import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import { setLang, currentLang } from '../i18n/index.ts';
import { Link } from '../ui/Link.tsx';
import { navigate, usePath } from './router.ts';
import { useSession } from './session.ts';

export function Header() {
  const { t } = useTranslation();
  const { me, setMe } = useSession();
  const path = usePath();
  const lang = currentLang();

  async function logout() {
    await api.logout().catch(() => undefined);
    setMe(null);
    navigate('/login');
  }

  return (
    <header className="topbar">
      <Link href="/" className="brand" aria-label={t('app.name')}>
        <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="8" fill="#2f6fdf" />
          <circle cx="16" cy="13" r="6" fill="#ffd34d" />
          <rect x="13" y="20" width="6" height="6" rx="1.5" fill="#fff" />
        </svg>
        <span>{t('app.name')}</span>
      </Link>
      {me && (
        <nav className="topnav">
          <Link href="/" className={path === '/' || path.startsWith('/courses') ? 'active' : ''}>
            {t('nav.courses')}
          </Link>
          <Link href="/submissions" className={path.startsWith('/submissions') ? 'active' : ''}>
            {t('nav.submissions')}
          </Link>
          <Link href="/contests" className={path.startsWith('/contests') ? 'active' : ''}>
            {t('contest.nav')}
          </Link>
          {(me.role === 'teacher' || me.role === 'admin') && (
            <Link href="/teacher" className={path.startsWith('/teacher') ? 'active' : ''}>
              {t('teacher.nav')}
            </Link>
          )}
          {(me.role === 'teacher' || me.role === 'admin') && (
            <Link href="/authoring" className={path.startsWith('/authoring') ? 'active' : ''}>
              {t('authoring.nav')}
            </Link>
          )}
        </nav>
      )}
      <div className="topbar-right">
        <div className="lang-switch" role="group" aria-label={t('nav.language')}>
          {(['ru', 'en'] as const).map((l) => (
            <button key={l} type="button" className={lang === l ? 'on' : ''} aria-pressed={lang === l} onClick={() => setLang(l)}>
              {l === 'ru' ? 'RU' : 'EN'}
            </button>
          ))}
        </div>
        {me && (
          <>
            <span className="user-name" title={me.login}>
              {me.name || me.login}
            </span>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => void logout()}>
              {t('nav.logout')}
            </button>
          </>
        )}
      </div>
    </header>
  );
}
