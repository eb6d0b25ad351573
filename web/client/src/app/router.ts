import { useSyncExternalStore } from 'react';

/**
 * A tiny history router: the app has five pages, so a library would cost more bytes than it saves.
 * The server's SPA fallback serves index.html for every path below.
 */
export type Route =
  | { page: 'login' }
  | { page: 'courses' }
  | { page: 'task'; taskId: string }
  | { page: 'submissions' }
  | { page: 'submission'; id: string }
  /** /teacher/… : the lazily loaded teacher pages parse `rest` themselves (pages/teacher/TeacherApp.tsx). */
  | { page: 'teacher'; rest: string[] }
  /** /authoring/… : the lazily loaded task authoring pages (pages/authoring/AuthoringApp.tsx). */
  | { page: 'authoring'; rest: string[] }
  /** /contests/… : the lazily loaded round pages parse `rest` themselves (pages/contest/ContestApp.tsx). */
  | { page: 'contest'; rest: string[] }
  | { page: 'notFound' };

export function parseRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || (parts[0] === 'courses' && parts.length === 1)) return { page: 'courses' };
  if (parts[0] === 'login' && parts.length === 1) return { page: 'login' };
  if (parts[0] === 'tasks' && parts.length === 2) return { page: 'task', taskId: parts[1] };
  if (parts[0] === 'submissions' && parts.length === 1) return { page: 'submissions' };
  if (parts[0] === 'submissions' && parts.length === 2) return { page: 'submission', id: parts[1] };
  if (parts[0] === 'teacher') return { page: 'teacher', rest: parts.slice(1) };
  if (parts[0] === 'authoring') return { page: 'authoring', rest: parts.slice(1) };
  if (parts[0] === 'contests') return { page: 'contest', rest: parts.slice(1) };
  return { page: 'notFound' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'login':
      return '/login';
    case 'courses':
      return '/';
    case 'task':
      return `/tasks/${encodeURIComponent(route.taskId)}`;
    case 'submissions':
      return '/submissions';
    case 'submission':
      return `/submissions/${encodeURIComponent(route.id)}`;
    case 'teacher':
      return ['/teacher', ...route.rest.map(encodeURIComponent)].join('/');
    case 'authoring':
      return ['/authoring', ...route.rest.map(encodeURIComponent)].join('/');
    case 'contest':
      return ['/contests', ...route.rest.map(encodeURIComponent)].join('/');
    case 'notFound':
      return '/';
  }
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function navigate(to: string | Route, replace = false): void {
  const href = typeof to === 'string' ? to : hrefOf(to);
  if (href === location.pathname + location.search) return;
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.scrollTo(0, 0);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => location.pathname);
}
