import { useMemo, useRef } from 'react';
import type { RobotPose } from '../sim/protocol.ts';
import { fieldView } from './fieldView.ts';
import { RobotBody } from './RobotBody.tsx';
import { RobotReadings } from './RobotReadings.tsx';

/**
 * The robot's field (drawn once by judge/world's SVG renderer) with the live robot on top, in field
 * millimetres with y up — the same picture as the statement and the result page.
 */
export default function RobotField({ scene, pose, timeMs }: { scene: unknown; pose: RobotPose | undefined; timeMs?: number }) {
  const view = useMemo(() => fieldView(scene), [scene]);
  // The live trail: where the robot has been since the run started (cleared on reset).
  const trail = useRef<string[]>([]);
  const last = useRef<{ x: number; y: number } | null>(null);
  const lastTime = useRef(0);
  if (timeMs !== undefined && timeMs < lastTime.current) {
    trail.current = []; // simulated time went back: the run was reset
    last.current = null;
  }
  lastTime.current = timeMs ?? lastTime.current;
  if (pose) {
    const prev = last.current;
    const moved = !prev || Math.hypot(pose.x - prev.x, pose.y - prev.y) > 5;
    if (moved) {
      trail.current.push(`${pose.x.toFixed(0)},${pose.y.toFixed(0)}`);
      if (trail.current.length > 3000) trail.current.splice(0, 1000);
      last.current = { x: pose.x, y: pose.y };
    }
  }
  if (!view) return null;
  return (
    <>
      <div className="robot-field-box" style={{ aspectRatio: `${view.width} / ${view.height}` }} data-testid="robot-field">
        <div className="robot-field-bg" dangerouslySetInnerHTML={{ __html: view.svg }} />
        <svg className="robot-field-overlay" viewBox={`0 0 ${view.width} ${view.height}`}>
          <g transform={`translate(0 ${view.height}) scale(1 -1)`}>
            {trail.current.length > 1 && <polyline points={trail.current.join(' ')} className="robot-trail" />}
            {pose?.cans?.map((c) => (
              <circle key={c.id} cx={c.x} cy={c.y} r={c.r} className={c.fallen ? 'can can-fallen' : 'can'} />
            ))}
            <RobotBody pose={pose ?? view.start} body={view.body} />
          </g>
        </svg>
      </div>
      <RobotReadings parts={pose?.parts} />
    </>
  );
}
