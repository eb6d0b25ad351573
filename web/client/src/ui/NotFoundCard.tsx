import { useTranslation } from 'react-i18next';
import { Link } from './Link.tsx';

/** «Not found» with the way home: what a page shows to someone who may not see it (no hint that it exists). */
export function NotFoundCard() {
  const { t } = useTranslation();
  return (
    <div className="card center">
      <p>{t('errors.notFound')}</p>
      <Link className="btn" href="/">
        {t('errors.home')}
      </Link>
    </div>
  );
}
