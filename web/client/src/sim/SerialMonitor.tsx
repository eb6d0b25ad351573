import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Simulator } from './useSimulator.ts';

export function SerialMonitor({ sim }: { sim: Simulator }) {
  const { t } = useTranslation();
  const [line, setLine] = useState('');
  const out = useRef<HTMLPreElement>(null);
  // Follow the newest output, unless the child scrolled up to read something.
  useEffect(() => {
    const el = out.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 60) el.scrollTop = el.scrollHeight;
  }, [sim.serial]);

  function send(event: FormEvent) {
    event.preventDefault();
    sim.sendSerial(`${line}\n`);
    setLine('');
  }

  return (
    <div className="serial-monitor">
      <pre ref={out} className="serial-out" data-testid="serial-out">
        {sim.serial || <span className="muted">{t('serial.empty')}</span>}
      </pre>
      <form className="row serial-send" onSubmit={send}>
        <input value={line} onChange={(e) => setLine(e.target.value)} placeholder={t('serial.placeholder')} aria-label={t('serial.placeholder')} />
        <button type="submit" className="btn btn-small" disabled={sim.status === 'idle'}>
          {t('serial.send')}
        </button>
        <button type="button" className="btn btn-small btn-ghost-dark" onClick={sim.clearSerial} title={t('serial.clear')} aria-label={t('serial.clear')}>
          ✕
        </button>
      </form>
    </div>
  );
}
