import '@wokwi/elements/dist/esm/led-bar-graph-element.js';
import { Wokwi } from '../Wokwi.tsx';
import type { PartViewProps } from '../types.ts';

/** A 10-LED bar graph; the part reports which LEDs are lit as "1100000000". */
export function LedBarView({ spec, state }: PartViewProps) {
  const pattern = typeof state?.pattern === 'string' ? state.pattern : '';
  const values = Array.from({ length: 10 }, (_, i) => (pattern[i] === '1' ? 1 : 0));
  return <Wokwi tag="wokwi-led-bar-graph" label={spec.id} props={{ values, color: String(spec.color ?? 'red') }} />;
}
