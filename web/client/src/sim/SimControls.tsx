import { useTranslation } from 'react-i18next';
import type { Speed } from './protocol.ts';
import type { Simulator } from './useSimulator.ts';

const SPEEDS: { value: Speed; key: string }[] = [
  { value: 1, key: 'task.speedReal' },
  { value: 10, key: 'task.speed10' },
  { value: 'max', key: 'task.speedMax' },
];

export function SimControls({ sim }: { sim: Simulator }) {
  const { t } = useTranslation();
  const active = sim.status === 'running' || sim.status === 'paused';
  const seconds = ((sim.snapshot?.timeMs ?? 0) / 1000).toFixed(1);
  // At "fastest" the child sees how fast that is on this laptop (simulated seconds per real second).
  const rate = sim.speed === 'max' && sim.status === 'running' && sim.snapshot ? sim.snapshot.rate / 1000 : null;
  return (
    <div className="sim-controls">
      {sim.status === 'paused' ? (
        <button type="button" className="btn btn-small" onClick={sim.resume} title={t('task.resume')}>
          ▶ {t('task.resume')}
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={sim.pause} disabled={sim.status !== 'running'} title={t('task.pause')}>
          ❚❚ {t('task.pause')}
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={sim.reset} disabled={sim.status === 'idle'} title={t('task.reset')}>
        ↺ {t('task.reset')}
      </button>
      <div className="speed" role="group" aria-label={t('task.speed')}>
        {SPEEDS.map((s) => (
          <button
            key={String(s.value)}
            type="button"
            className={sim.speed === s.value ? 'on' : ''}
            aria-pressed={sim.speed === s.value}
            onClick={() => sim.setSpeed(s.value)}
          >
            {t(s.key)}
          </button>
        ))}
      </div>
      <span className={`sim-time ${active ? '' : 'muted'}`} data-testid="sim-time">
        {t('task.simTime', { t: seconds })}
        {rate !== null && <span className="sim-rate"> ×{rate < 10 ? rate.toFixed(1) : Math.round(rate)}</span>}
      </span>
    </div>
  );
}
