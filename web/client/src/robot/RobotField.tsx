import { useMemo } from 'react';
import type { RobotPose } from '../sim/protocol.ts';
import { fieldView } from './fieldView.ts';
import { RobotBody } from './RobotBody.tsx';

/**
 * The robot's field (drawn once by judge/world's SVG renderer) with the live robot on top, in field
 * millimetres with y up — the same picture as the statement and the result page.
 */
export default function RobotField({ scene, pose }: { scene: unknown; pose: RobotPose | undefined }) {
  const view = useMemo(() => fieldView(scene), [scene]);
  if (!view) return null;
  return (
    <div className="robot-field-box" style={{ aspectRatio: `${view.width} / ${view.height}` }} data-testid="robot-field">
      <div className="robot-field-bg" dangerouslySetInnerHTML={{ __html: view.svg }} />
      <svg className="robot-field-overlay" viewBox={`0 0 ${view.width} ${view.height}`}>
        <g transform={`translate(0 ${view.height}) scale(1 -1)`}>
          {pose?.cans?.map((c) => (
            <circle key={c.id} cx={c.x} cy={c.y} r={c.r} className={c.fallen ? 'can can-fallen' : 'can'} />
          ))}
          {pose && <RobotBody pose={pose} body={view.body} />}
        </g>
      </svg>
    </div>
  );
}
