import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../api/types.ts';

/** The recorded robot run: the path drawn on the field and a scrubber to move the robot along it. */
export function RobotReplay({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const poses = trace.poses ?? [];
  const [at, setAt] = useState(poses.length - 1);
  if (!poses.length) return null;
  const xs = poses.map((p) => p[1]);
  const ys = poses.map((p) => -p[2]);
  const pad = 200;
  const minX = Math.min(...xs) - pad;
  const minY = Math.min(...ys) - pad;
  const w = Math.max(...xs) - minX + pad;
  const h = Math.max(...ys) - minY + pad;
  const p = poses[Math.max(0, Math.min(at, poses.length - 1))];
  const ms = ((p[0] - trace.startCycle) / trace.hz) * 1000;
  return (
    <div className="robot-replay">
      <strong>{t('judge.robotPath')}</strong>
      <svg viewBox={`${minX} ${minY} ${w} ${h}`} className="robot-field">
        <polyline points={poses.map((q) => `${q[1]},${-q[2]}`).join(' ')} className="rr-path" />
        <g transform={`translate(${p[1]} ${-p[2]}) rotate(${(-p[3] * 180) / Math.PI})`}>
          <rect x={-90} y={-70} width={180} height={140} rx={24} fill="#2f6fdf" />
          <polygon points="90,0 40,-40 40,40" fill="#ffd34d" />
        </g>
      </svg>
      <label className="row">
        <input type="range" min={0} max={poses.length - 1} value={at} onChange={(e) => setAt(Number(e.target.value))} aria-label={t('judge.robotPath')} />
        <span className="sim-time">{(ms / 1000).toFixed(2)} s</span>
      </label>
    </div>
  );
}
