/** The scoreboard table: jury, public (frozen), participants and the projector all draw this one. */
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/index.ts';
import type { Scoreboard } from './api.ts';

type Cell = Scoreboard['rows'][number]['cells'][number];

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function CellView({ cell, scoring }: { cell: Cell; scoring: Scoreboard['scoring'] }) {
  const pending = cell.pending > 0 ? <span className="cb-pending" title="?">{`?${cell.pending}`}</span> : null;
  if (scoring === 'icpc') {
    if (cell.solved)
      return (
        <span className="cb-ok">
          +{cell.attempts > 1 ? cell.attempts - 1 : ''}
          <small>{cell.minute}</small>
        </span>
      );
    return (
      <span className={cell.attempts ? 'cb-bad' : 'cb-none'}>
        {cell.attempts ? `−${cell.attempts}` : pending ? '' : '·'}
        {pending}
      </span>
    );
  }
  if (cell.attempts === 0 && !pending) return <span className="cb-none">·</span>;
  return (
    <span className={cell.solved ? 'cb-ok' : cell.score > 0 ? 'cb-part' : 'cb-bad'}>
      {cell.attempts ? fmt(cell.score) : ''}
      {cell.measure !== null && <small>{fmt(cell.measure)}</small>}
      {pending}
    </span>
  );
}

export function BoardTable({ board, big = false }: { board: Scoreboard; big?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ru';
  return (
    <table className={`contest-board${big ? ' contest-board-big' : ''}`} data-testid="scoreboard" data-frozen={board.frozen ? '1' : '0'}>
      <thead>
        <tr>
          <th>{t('contest.board.rank')}</th>
          <th className="cb-name">{t('contest.board.participant')}</th>
          {board.scoring === 'icpc' ? (
            <>
              <th>{t('contest.board.solved')}</th>
              <th>{t('contest.board.penalty')}</th>
            </>
          ) : (
            <th>{t('contest.board.score')}</th>
          )}
          {board.tasks.map((task) => (
            <th key={task.label} title={pick(task.title, lang)}>
              {task.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {board.rows.map((r) => (
          <tr key={r.participantId} className={`${r.hidden ? 'cb-row-hidden' : ''}${board.lastResolved === r.participantId ? ' cb-row-resolved' : ''}`} data-login={r.login} data-testid="board-row">
            <td className="cb-rank">{r.rank}</td>
            <td className="cb-name">
              {r.name}
              {r.members && <small className="muted"> {r.members}</small>}
            </td>
            {board.scoring === 'icpc' ? (
              <>
                <td className="cb-total" data-testid="row-solved">{r.solved}</td>
                <td>{r.penalty}</td>
              </>
            ) : (
              <td className="cb-total" data-testid="row-score">{fmt(r.score)}</td>
            )}
            {r.cells.map((cell) => (
              <td key={cell.label} className="cb-cell">
                <CellView cell={cell} scoring={board.scoring} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
