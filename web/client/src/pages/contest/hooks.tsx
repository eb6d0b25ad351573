/** What the round pages share: the language, the phase clock, the live board and messages. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contestApi, watchContest, type ContestMessage, type ContestView, type Scoreboard } from './api.ts';
import { clock, useServerNow } from './time.ts';

export function useLang(): 'ru' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'ru';
}

/** Reloads the round when its phase changes (start, freeze, end) by the server's clock. */
export function usePhaseReload(view: ContestView | undefined, reload: () => void): number {
  const now = useServerNow(view?.serverTime);
  const edges = view ? [view.startsAt, view.freezeAt, view.endsAt].filter((x): x is string => !!x).map(Date.parse) : [];
  const passed = edges.filter((e) => e <= now).length;
  const [seen, setSeen] = useState(passed);
  useEffect(() => {
    if (passed !== seen) {
      setSeen(passed);
      reload();
    }
  }, [passed, seen, reload]);
  return now;
}

export function PhaseLine({ view, now }: { view: ContestView; now: number }) {
  const { t } = useTranslation();
  const left = view.phase === 'before' ? Date.parse(view.startsAt) - now : Date.parse(view.endsAt) - now;
  return (
    <p className={`contest-phase phase-${view.phase}`} data-testid="contest-phase" data-phase={view.phase}>
      <strong>{t(`contest.phase.${view.phase}`)}</strong>
      {view.phase !== 'ended' && (
        <span className="contest-clock" data-testid="countdown">
          {view.phase === 'before' ? t('contest.startsIn') : t('contest.endsIn')} {clock(left)}
        </span>
      )}
    </p>
  );
}

/** The live board and messages of a round; `view` as the watcher wants it. */
export function useLiveRound(id: string, view: 'public' | 'jury' | undefined, onChanged?: () => void, phase?: string) {
  const [board, setBoard] = useState<Scoreboard | null>(null);
  const [messages, setMessages] = useState<ContestMessage[]>([]);
  const loadMessages = useCallback(() => {
    contestApi.messages(id).then(setMessages, () => undefined);
  }, [id]);
  useEffect(() => {
    loadMessages();
    return watchContest(id, view, {
      onBoard: setBoard,
      onMessage: (m) => setMessages((list) => [...list.filter((x) => x.id !== m.id), m].sort((a, b) => Number(a.id) - Number(b.id))),
      onChanged,
    });
  }, [id, view, loadMessages, onChanged]);
  // The freeze and the end change the public board without a new result: read it again then.
  useEffect(() => {
    if (phase === undefined) return;
    contestApi.scoreboard(id, view).then(setBoard, () => undefined);
  }, [id, view, phase]);
  return { board, messages, setMessages, loadMessages };
}

