import type { RobotPose } from '../sim/protocol.ts';

/**
 * The robot's field with the robot on it. PROVISIONAL drawing until judge/world's SVG renderer
 * lands: an arena and the robot as a body with a heading mark, in field millimetres.
 */
export default function RobotField({ pose }: { scene: unknown; pose: RobotPose | undefined }) {
  const p = pose ?? { x: 0, y: 0, heading: 0 };
  return (
    <svg className="robot-field" viewBox="-1000 -1000 2000 2000" data-testid="robot-field">
      <rect x={-1000} y={-1000} width={2000} height={2000} fill="#fff" stroke="#c8d1e0" strokeWidth={8} />
      <g transform={`translate(${p.x} ${-p.y}) rotate(${(-p.heading * 180) / Math.PI})`} data-testid="robot">
        <rect x={-90} y={-70} width={180} height={140} rx={24} fill="#2f6fdf" />
        <polygon points="90,0 40,-40 40,40" fill="#ffd34d" />
      </g>
    </svg>
  );
}
