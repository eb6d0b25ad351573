import { useTranslation } from 'react-i18next';
import type { PartValue } from '../sim/protocol.ts';

/** One short line per robot part: what a line follower or an obstacle avoider needs to see. */
function reading(s: Record<string, PartValue>, t: (k: string) => string): string {
  if ('raw' in s) return `${s.raw}`;
  if ('distanceCm' in s) return Number(s.distanceCm) < 0 ? '—' : `${Math.round(Number(s.distanceCm))} cm`;
  if ('direction' in s) {
    const duty = Math.round(Number(s.duty) * 100);
    return s.mode === 'drive' ? `${s.direction === 'forward' ? '▲' : '▼'} ${duty}%` : t(`robot.${String(s.mode)}`);
  }
  if ('pressed' in s) return s.pressed ? '●' : '○';
  return '';
}

/**
 * Live readings of the robot's sensors and motors under the field: seeing "line sensor 812" while
 * the robot drives is how a child finds the threshold.
 */
export function RobotReadings({ parts }: { parts: Record<string, Record<string, PartValue>> | undefined }) {
  const { t } = useTranslation();
  if (!parts || !Object.keys(parts).length) return null;
  return (
    <dl className="robot-readings" data-testid="robot-readings">
      {Object.entries(parts).map(([id, s]) => (
        <div key={id}>
          <dt>{id}</dt>
          <dd>{reading(s, t)}</dd>
        </div>
      ))}
    </dl>
  );
}
