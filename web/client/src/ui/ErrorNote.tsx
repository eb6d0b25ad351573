import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors.ts';
import { pick, currentLang } from '../i18n/index.ts';

/** Says in the user's language what went wrong and what to do next. */
export function errorMessage(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError) {
    if (error.kind === 'limit') {
      return error.retryAfter ? t('errors.limit', { s: Math.ceil(error.retryAfter) }) : error.text ? pick(error.text, currentLang()) : t('errors.limitNoTime');
    }
    if (error.text && error.kind !== 'offline' && error.kind !== 'session') return pick(error.text, currentLang());
    if (error.kind === 'credentials') return t('login.wrong');
    return t(`errors.${error.kind}`);
  }
  return t('errors.server');
}

export function ErrorNote({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="note note-error" role="alert">
      <span>{errorMessage(error, t)}</span>
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
