import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { watchSubmission } from '../api/socket.ts';
import type { SubmissionView } from '../api/types.ts';
import { applyEvent } from './submissionState.ts';

/**
 * A submission's live state: socket.io first; if the socket cannot join (an old proxy), poll the
 * HTTP API every 1.5 s until the verdict is in.
 */
export function useSubmission(id: string | null): { view: SubmissionView | null; error: unknown } {
  const [view, setView] = useState<SubmissionView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setView(null);
    setError(null);
    if (!id) return;
    let live = true;
    let poll: ReturnType<typeof setTimeout> | null = null;
    const fetchState = () =>
      api.submission(id).then(
        (state) => {
          // A socket state is newer than any HTTP answer that arrives after it.
          if (!live || watchOk) return;
          setView(state);
          if (state.state !== 'finished' && !watchOk) poll = setTimeout(fetchState, 1500);
        },
        (e: unknown) => live && setError(e),
      );
    let watchOk = false;
    const watch = watchSubmission(id, {
      onState: (state) => {
        watchOk = true;
        if (live) setView(state);
      },
      onEvent: (event) => live && setView((v) => (v ? applyEvent(v, event) : v)),
      onError: () => {
        watchOk = false;
      },
    });
    // The HTTP state shows at once even before the socket connects; polling stops once it joins.
    void fetchState();
    return () => {
      live = false;
      if (poll) clearTimeout(poll);
      watch.close();
    };
  }, [id]);
  return { view, error };
}
