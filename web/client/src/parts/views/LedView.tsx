import '@wokwi/elements/dist/esm/led-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

/** An LED glowing with its PWM brightness (the part's own measure; the pin's duty if it has none). */
export function LedView({ spec, state, pins }: PartViewProps) {
  const pin = spec.pins.anode ?? Object.values(spec.pins)[0];
  const brightness = state ? num(state.brightness) : (pins?.[pin]?.duty ?? 0);
  return (
    <Wokwi
      tag="wokwi-led"
      label={spec.id}
      props={{ color: String(spec.color ?? 'red'), value: brightness > 0.01, brightness: Math.max(0, Math.min(1, brightness)) }}
    />
  );
}
