import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../api/types.ts';

/** What the sketch printed (and what the test typed in), with the time of each line. */
export function SerialLog({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const lines = useMemo(() => {
    const out: { ms: number; dir: 'tx' | 'rx'; text: string }[] = [];
    for (const [cycle, dir, byte] of trace.serial) {
      const last = out[out.length - 1];
      const ch = String.fromCharCode(byte);
      if (last && last.dir === dir && !last.text.endsWith('\n')) last.text += ch;
      else out.push({ ms: ((cycle - trace.startCycle) / trace.hz) * 1000, dir, text: ch });
    }
    return out.slice(0, 500);
  }, [trace]);
  return (
    <div className="serial-log">
      <strong>{t('judge.serialLog')}</strong>
      {lines.length === 0 ? (
        <p className="muted">{t('judge.noSerial')}</p>
      ) : (
        <pre>
          {lines.map((l, i) => (
            <div key={i} className={`sl-${l.dir}`}>
              <span className="sl-time">{(l.ms / 1000).toFixed(3)} s</span> <span className="sl-dir">{l.dir === 'tx' ? '←' : '→'}</span>{' '}
              {l.text.replace(/\r?\n$/, '')}
            </div>
          ))}
        </pre>
      )}
    </div>
  );
}
