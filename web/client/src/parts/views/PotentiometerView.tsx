import { useMemo } from 'react';
import '@wokwi/elements/dist/esm/potentiometer-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

/** A knob to drag; the part takes a position 0..1. */
export function PotentiometerView({ spec, state, input }: PartViewProps) {
  const events = useMemo(
    () => ({ input: (e: Event) => input('setPosition', Number((e as CustomEvent<number>).detail ?? 0) / 100) }),
    [input],
  );
  return <Wokwi tag="wokwi-potentiometer" label={spec.id} props={{ value: num(state?.position, 0.5) * 100 }} events={events} />;
}
