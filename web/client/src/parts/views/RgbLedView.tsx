import '@wokwi/elements/dist/esm/rgb-led-element.js';
import { Wokwi } from '../Wokwi.tsx';
import { num, type PartViewProps } from '../types.ts';

export function RgbLedView({ spec, state }: PartViewProps) {
  return (
    <Wokwi
      tag="wokwi-rgb-led"
      label={spec.id}
      props={{ ledRed: num(state?.r), ledGreen: num(state?.g), ledBlue: num(state?.b) }}
    />
  );
}
