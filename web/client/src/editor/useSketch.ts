import { useCallback, useEffect, useRef, useState } from 'react';

const key = (taskId: string) => `technolab.sketch.${taskId}`;

function load(taskId: string): string | null {
  try {
    return localStorage.getItem(key(taskId));
  } catch {
    return null;
  }
}

/**
 * The sketch of one task, kept in localStorage on every change: a reload, a crash of the browser or
 * a closed laptop lid loses nothing. Starts from the task's template the first time.
 */
export function useSketch(taskId: string, template: string): [string, (source: string) => void] {
  const [source, setSource] = useState(() => load(taskId) ?? template);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(source);

  const flush = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    try {
      localStorage.setItem(key(taskId), latest.current);
    } catch {
      // Storage full or disabled: the code still lives in the page; nothing better to do here.
    }
  }, [taskId]);

  const update = useCallback(
    (next: string) => {
      latest.current = next;
      setSource(next);
      // Writing on every keystroke is cheap, but batching keeps typing smooth on slow laptops.
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(flush, 300);
    },
    [flush],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return [source, update];
}
