/** The robot's outline at a pose (field mm, y up), with a mark showing which way is forward. */
export function RobotBody({ pose, body }: { pose: { x: number; y: number; heading: number }; body: readonly (readonly [number, number])[] }) {
  const front = Math.max(...body.map((p) => p[0]));
  return (
    <g transform={`translate(${pose.x} ${pose.y}) rotate(${(pose.heading * 180) / Math.PI})`} data-testid="robot" data-x={Math.round(pose.x)} data-y={Math.round(pose.y)}>
      <polygon points={body.map((p) => `${p[0]},${p[1]}`).join(' ')} className="robot-body" />
      <polygon points={`${front},0 ${front - 45},30 ${front - 45},-30`} className="robot-nose" />
    </g>
  );
}
