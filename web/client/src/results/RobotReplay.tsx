import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../api/types.ts';
import { fieldView } from '../robot/fieldView.ts';
import { RobotBody } from '../robot/RobotBody.tsx';

/** The recorded robot run: the path drawn on the field and a scrubber to move the robot along it. */
export default function RobotReplay({ trace, scene }: { trace: Trace; scene: unknown }) {
  const { t } = useTranslation();
  const view = useMemo(() => fieldView(scene), [scene]);
  const poses = trace.poses ?? [];
  const [at, setAt] = useState(poses.length - 1);
  if (!poses.length || !view) return null;
  const p = poses[Math.max(0, Math.min(at, poses.length - 1))];
  const ms = ((p[0] - trace.startCycle) / trace.hz) * 1000;
  return (
    <div className="robot-replay">
      <strong>{t('judge.robotPath')}</strong>
      <div className="robot-field-box" style={{ aspectRatio: `${view.width} / ${view.height}` }}>
        <div className="robot-field-bg" dangerouslySetInnerHTML={{ __html: view.svg }} />
        <svg className="robot-field-overlay" viewBox={`0 0 ${view.width} ${view.height}`}>
          <g transform={`translate(0 ${view.height}) scale(1 -1)`}>
            <polyline points={poses.map((q) => `${q[1]},${q[2]}`).join(' ')} className="rr-path" />
            <polyline points={poses.slice(0, at + 1).map((q) => `${q[1]},${q[2]}`).join(' ')} className="rr-done" />
            <RobotBody pose={{ x: p[1], y: p[2], heading: p[3] }} body={view.body} />
          </g>
        </svg>
      </div>
      <label className="row">
        <input type="range" min={0} max={poses.length - 1} value={at} onChange={(e) => setAt(Number(e.target.value))} aria-label={t('judge.robotPath')} />
        <span className="sim-time">{(ms / 1000).toFixed(2)} s</span>
      </label>
    </div>
  );
}
