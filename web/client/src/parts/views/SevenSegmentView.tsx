import '@wokwi/elements/dist/esm/7segment-element.js';
import { Wokwi } from '../Wokwi.tsx';
import type { PartViewProps } from '../types.ts';

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'dp'];

/** Segments A–G and DP; the part's snapshot names them (a … dp, or digit-prefixed for several digits). */
export function SevenSegmentView({ spec, state }: PartViewProps) {
  const digits = Number(spec.digits ?? 1) || 1;
  const values: number[] = [];
  for (let d = 0; d < digits; d++) {
    for (const s of ORDER) {
      const v = state?.[digits > 1 ? `${d}${s}` : s] ?? state?.[`${s}${d}`];
      values.push(v === true || (typeof v === 'number' && v > 0.1) ? 1 : 0);
    }
  }
  return <Wokwi tag="wokwi-7segment" label={spec.id} props={{ digits, values, color: String(spec.color ?? 'red') }} />;
}
