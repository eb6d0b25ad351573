import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onSessionExpired } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import type { Me } from '../api/types.ts';
import { Header } from './Header.tsx';
import { navigate, parseRoute, usePath } from './router.ts';
import { SessionContext } from './session.ts';
import { LoginPage } from '../pages/LoginPage.tsx';
import { CoursesPage } from '../pages/CoursesPage.tsx';
import { TaskPage } from '../pages/TaskPage.tsx';
import { SubmissionsPage } from '../pages/SubmissionsPage.tsx';
import { SubmissionPage } from '../pages/SubmissionPage.tsx';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { NotFoundCard } from '../ui/NotFoundCard.tsx';

// Teacher pages are a lazy chunk: a student's first load never carries them.
const TeacherApp = lazy(() => import('../pages/teacher/TeacherApp.tsx'));
// Task authoring too (its editor, Monaco languages, YAML).
const AuthoringApp = lazy(() => import('../pages/authoring/AuthoringApp.tsx'));
// So are the round pages (cup rounds, scoreboard, projector).
const ContestApp = lazy(() => import('../pages/contest/ContestApp.tsx'));

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const route = parseRoute(path);
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const [bootError, setBootError] = useState<unknown>(null);
  const [expired, setExpired] = useState(false);
  const meRef = useRef<Me | null>(null);
  meRef.current = me;

  useEffect(() => {
    let live = true;
    const check = () =>
      api.me().then(
        (user) => {
          if (!live) return;
          setMe(user);
          setChecked(true);
          setBootError(null);
        },
        (error: unknown) => {
          if (!live) return;
          if (error instanceof ApiError && error.kind === 'offline') {
            // Server down (or the laptop's Wi-Fi): keep trying quietly rather than showing a dead page.
            setBootError(error);
            setTimeout(check, 3000);
            return;
          }
          setChecked(true);
        },
      );
    check();
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onSessionExpired(() => {
        // Only a session that existed can expire; the first visit's "not logged in" is no news.
        if (meRef.current) setExpired(true);
        setMe(null);
      }),
    [],
  );

  const session = useMemo(
    () => ({
      me,
      setMe: (user: Me | null) => {
        setMe(user);
        if (user) setExpired(false);
      },
    }),
    [me],
  );

  // Everything but the log-in page needs a session; remember where the student was going.
  const needsLogin = checked && !me && route.page !== 'login';
  useEffect(() => {
    if (needsLogin) navigate(`/login?next=${encodeURIComponent(path)}`, true);
  }, [needsLogin, path]);

  return (
    <SessionContext.Provider value={session}>
      <Header />
      <main className="page">
        {bootError !== null && !checked && <ErrorNote error={bootError} />}
        {!checked ? (
          bootError === null && <p className="muted center">{t('common.loading')}</p>
        ) : route.page === 'login' ? (
          <LoginPage expired={expired} />
        ) : !me ? null : route.page === 'courses' ? (
          <CoursesPage />
        ) : route.page === 'task' ? (
          <TaskPage key={route.taskId} taskId={route.taskId} />
        ) : route.page === 'submissions' ? (
          <SubmissionsPage />
        ) : route.page === 'submission' ? (
          <SubmissionPage key={route.id} id={route.id} />
        ) : route.page === 'teacher' ? (
          <Suspense fallback={<p className="muted center">{t('common.loading')}</p>}>
            <TeacherApp rest={route.rest} />
          </Suspense>
        ) : route.page === 'authoring' ? (
          <Suspense fallback={<p className="muted center">{t('common.loading')}</p>}>
            <AuthoringApp rest={route.rest} />
          </Suspense>
        ) : route.page === 'contest' ? (
          <Suspense fallback={<p className="muted center">{t('common.loading')}</p>}>
            <ContestApp rest={route.rest} />
          </Suspense>
        ) : (
          <NotFoundCard />
        )}
      </main>
    </SessionContext.Provider>
  );
}
