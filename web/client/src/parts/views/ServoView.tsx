import '@wokwi/elements/dist/esm/servo-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

export function ServoView({ spec, state }: PartViewProps) {
  const angle = num(state?.angle, 90);
  return (
    <div className="part-stack">
      <Wokwi tag="wokwi-servo" label={spec.id} props={{ angle }} />
      <span className="part-reading">{Math.round(angle)}°</span>
    </div>
  );
}
