import '@wokwi/elements/dist/esm/buzzer-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

/** Shows the tone as a number rather than playing it: thirty laptops beeping in one room is no help. */
export function BuzzerView({ spec, state }: PartViewProps) {
  const hz = num(state?.frequency);
  return (
    <div className="part-stack">
      <Wokwi tag="wokwi-buzzer" label={spec.id} props={{ hasSignal: hz > 0 }} />
      <span className="part-reading">{hz > 0 ? `♪ ${Math.round(hz)} Hz` : '—'}</span>
    </div>
  );
}
