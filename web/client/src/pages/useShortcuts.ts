import { useEffect, useRef } from 'react';

/**
 * Ctrl+Enter runs, Ctrl+Shift+Enter submits — anywhere on the page, including inside Monaco (the
 * capture phase sees the key before the editor would insert a line).
 */
export function useShortcuts(run: () => void, submit: () => void): void {
  const handlers = useRef({ run, submit });
  handlers.current = { run, submit };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      e.preventDefault();
      e.stopPropagation();
      if (e.shiftKey) handlers.current.submit();
      else handlers.current.run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
