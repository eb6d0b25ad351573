import { useTranslation } from 'react-i18next';
import { PIN_NAMES } from '../../../../judge/board/pins.ts';
import type { Snapshot } from './protocol.ts';

/** Every board pin as a small lamp: bright when high, dimmed by PWM duty, hollow when an input. */
export function PinStrip({ snapshot }: { snapshot: Snapshot | null }) {
  const { t } = useTranslation();
  return (
    <div className="pin-strip" aria-label={t('task.pins')}>
      {PIN_NAMES.map((pin) => {
        const view = snapshot?.pins[pin];
        const duty = view?.duty ?? 0;
        const output = view?.mode === 'output';
        return (
          <span key={pin} className={`pin ${output ? 'pin-out' : 'pin-in'}`} title={`${pin}: ${view ? view.level : '—'}`}>
            <i style={{ opacity: output ? 0.15 + 0.85 * duty : view?.level ? 0.5 : 0.1 }} />
            {pin}
          </span>
        );
      })}
    </div>
  );
}
